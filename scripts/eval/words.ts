/**
 * Whole-word comparison of names, for the speaker rule: gold "Clinton" and a predicted
 * "Hillary Clinton" name the same source, but "he" and "the head" do not.
 */

const PRONOUNS = new Set([
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them',
  'his', 'its', 'their', 'our', 'my', 'your', 'who', 'which', 'that', 'this', 'these', 'those',
]);

export function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A name made only of pronouns says nothing about who spoke, wherever it stands. */
export function isPronounOnly(s: string): boolean {
  const w = words(s);
  return w.length > 0 && w.every((x) => PRONOUNS.has(x));
}

function containsSeq(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, j) => hay[i + j] === w)) return true;
  }
  return false;
}

/** True when one string's words appear, in order and contiguous, in the other's (case-insensitive). */
export function sameNameWords(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  return containsSeq(wa, wb) || containsSeq(wb, wa);
}
