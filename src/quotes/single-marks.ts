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
  const inside = (i: number) => taken.some(([a, b]) => i >= a && i < b);
  for (let i = norm.indexOf("'"); i >= 0; i = norm.indexOf("'", i + 1)) {
    if (!isOpener(norm, text, i) || inside(i)) continue;
    const paragraph = paragraphIndexAt(doc, i);
    const limit = doc.paragraphs[paragraph]!.end;
    for (let j = norm.indexOf("'", i + 1); j >= 0 && j < limit; j = norm.indexOf("'", j + 1)) {
      if (norm[j + 1] === '"' || inside(j)) break;
      if (!isCloser(norm, text, j)) continue;
      const words = norm.slice(i + 1, j).trim().split(/\s+/).length;
      if (words >= MIN_WORDS) {
        out.push([i, j + 1]);
        i = j;
      }
      break;
    }
  }
  return out;
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
