/**
 * Quotations in single marks, as British outlets and headlines write them: 'We will appeal,' said X.
 * Single marks are mostly apostrophes, so a pair counts only when the opener stands before a word
 * after a space (or a curly opening mark), the closer ends a word before a space or punctuation,
 * both sit in one paragraph outside any double-quoted span, and at least three words lie between.
 * Inside double quotes, single marks are nested quotes and belong to the outer quote.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import { paragraphIndexAt } from '../document/analyse.js';

const MIN_WORDS = 3;

export function pairSingleMarks(doc: AnalysedDocument, taken: Array<[number, number]>): Array<[number, number]> {
  const { norm, text } = doc;
  const out: Array<[number, number]> = [];
  const inside = insideAny(taken);
  const marks: number[] = [];
  for (let i = norm.indexOf("'"); i >= 0; i = norm.indexOf("'", i + 1)) marks.push(i);
  // What ends the search from an opener does not depend on the opener: for each mark, the next mark
  // that stops a search (a closer, or a mark that rules the pair out). One pass from the end finds
  // them all, where searching forward from every opener was quadratic in a long paragraph.
  const stops = (j: number) => norm[j + 1] === '"' || inside(j) || isCloser(norm, text, j);
  const nextStop: number[] = new Array(marks.length);
  for (let k = marks.length - 1, next = -1; k >= 0; k--) {
    nextStop[k] = next;
    if (stops(marks[k]!)) next = k;
  }
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k]!;
    if (!isOpener(norm, text, i) || inside(i)) continue;
    const limit = doc.paragraphs[paragraphIndexAt(doc, i)]!.end;
    const stop = nextStop[k]!;
    const j = stop >= 0 ? marks[stop]! : -1;
    if (j < 0 || j >= limit || norm[j + 1] === '"' || inside(j)) continue;
    if (hasWords(norm, i + 1, j, MIN_WORDS)) {
      out.push([i, j + 1]);
      k = stop;
    }
  }
  return out;
}

/** Whether at least `n` white-space separated words lie in [from, to); stops reading at the n-th. */
function hasWords(norm: string, from: number, to: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = /\s/.test(norm[i]!);
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** Whether an offset lies in one of the spans, which are sorted and do not overlap: a binary search. */
function insideAny(spans: Array<[number, number]>): (i: number) => boolean {
  return (i) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = spans[mid]!;
      if (i < a) hi = mid - 1;
      else if (i >= b) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function isOpener(norm: string, text: string, i: number): boolean {
  if (text[i] === '\u2019') return false;
  const before = i === 0 ? ' ' : norm[i - 1]!;
  return /[\s([{\-:]/.test(before) && /[\p{L}\p{N}]/u.test(norm[i + 1] ?? '');
}

function isCloser(norm: string, text: string, j: number): boolean {
  if (text[j] === '\u2018') return false;
  const after = norm[j + 1] ?? ' ';
  // "users' rights": a plural possessive closes nothing unless punctuation follows it.
  if (/\s/.test(after) && norm[j - 1] === 's' && text[j] !== '\u2019') return false;
  return /[^\s]/.test(norm[j - 1] ?? ' ') && /[\s.,;:!?)\]-]/.test(after);
}
