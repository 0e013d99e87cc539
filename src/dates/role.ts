/**
 * What a date is for, when the words right next to it say so. Only deadlines are told apart: the
 * word "deadline" (or "due by", "no later than") touches the date, as in "a 13 March deadline",
 * "the deadline of Friday", "Friday's deadline", "no later than June 1". Anything looser (a deadline
 * named elsewhere in the sentence) is not marked, because it would be a guess.
 */
const BEFORE = /(?:\bdeadline(?:\s+(?:of|is|was|on|for|set for|falls on))?|\bno later than|\bdue(?:\s+(?:by|on))?)\s+(?:the\s+)?$/i;
const AFTER = /^(?:'s)?\s+deadline\b/i;

export function roleOf(sentence: string, start: number, end: number): 'deadline' | undefined {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 20);
  return BEFORE.test(before) || AFTER.test(after) ? 'deadline' : undefined;
}
