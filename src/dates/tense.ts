/**
 * Past or future, read from the words next to a date expression. News reports what happened, so the
 * past is the default; a future cue in the same clause before the expression ("will meet on
 * Thursday", "is expected to close Monday", "as early as Tuesday") or right after it ("Thursday's
 * vote will") turns it around. "Until" and "due" are no cues: "did not act until 14 March" and
 * "due to snow" are past. A reporting verb between the cue and the date ("will, he said
 * Monday") keeps it in the past, because the date then belongs to the saying.
 */

const FUTURE_BEFORE = /\b(?:will|won't|shall|'ll|is to|are to|to be held|going to|expects? to|expected to|supposed to|aims? to|hopes? to|would|payable|scheduled(?: to| for)?|set (?:to|for)|plans? to|planned for|intends? to|as early as|as soon as|no later than|upcoming|coming|next)\b/gi;
const FUTURE_AFTER = /^\W{0,3}(?:'s\s+\w+\s+)?(?:will|shall)\b/i;
const PAST_BETWEEN = /\b(?:said|says|told|announced|reported|added|was|were|had|did|ago|last)\b|[.;:!?]/i;

/** How far back a cue may stand, in characters: about a clause. */
const WINDOW = 80;

export function isFuture(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  let lastCue = -1;
  for (const m of before.matchAll(FUTURE_BEFORE)) lastCue = m.index + m[0].length;
  if (lastCue >= 0 && !PAST_BETWEEN.test(before.slice(lastCue))) return true;
  return FUTURE_AFTER.test(sentence.slice(end, end + 30));
}
