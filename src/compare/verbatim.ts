/**
 * Word-for-word comparison of two quotes (for misquote drift): the words they share in order (a
 * longest common subsequence), and the runs where they differ. One outlet often quotes only part of what another
 * quotes whole, so only the stretch both quote, from the first shared word to the last, is compared.
 */

/** Longest common subsequences are computed on at most this many words a side; longer quotes are cut. */
const MAX_WORDS = 400;

/** A step of the alignment: a shared word (both indexes), or a word of one side only. */
export type Step = { a: number; b: number } | { a: number; b: null } | { a: null; b: number };

/** The steps of a longest common subsequence of two word lists, in order. */
export function alignWords(a: readonly string[], b: readonly string[]): Step[] {
  const n = Math.min(a.length, MAX_WORDS);
  const m = Math.min(b.length, MAX_WORDS);
  const table = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) steps.push({ a: i++, b: j++ });
    else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) steps.push({ a: i++, b: null });
    else steps.push({ a: null, b: j++ });
  }
  while (i < n) steps.push({ a: i++, b: null });
  while (j < m) steps.push({ a: null, b: j++ });
  return steps;
}

/** The stretch both quote: steps from the first shared word to the last. */
export function commonStretch(steps: readonly Step[]): Step[] {
  const first = steps.findIndex((s) => s.a !== null && s.b !== null);
  if (first < 0) return [];
  let last = steps.length - 1;
  while (last > first && (steps[last]!.a === null || steps[last]!.b === null)) last--;
  return steps.slice(first, last + 1);
}
