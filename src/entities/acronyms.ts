/**
 * Acronyms defined in the text: "European Aeronautic Defence & Space NV ( EADS )", "the ACLU
 * (American Civil Liberties Union)". When an acronym stands in parentheses right after a name, or
 * a name right after an acronym, and the acronym's letters are the name's initials in order
 * (words may be skipped, as "NV" is in EADS), every use of the acronym in the document is that
 * name. Keys built from initials (keys.ts) already join regular cases; this catches the rest.
 */
import type { Entity } from '../types.js';
import { isAcronym } from './keys.js';
import { ACRONYM_SKIP } from './lexicon.js';

/** Acronym (upper case, periods dropped) -> the long name it was defined for. */
export function definedAcronyms(singles: Entity[], text: string): Map<string, string> {
  const defined = new Map<string, string>();
  const sorted = [...singles].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!.mentions[0]!;
    const b = sorted[i + 1]!.mentions[0]!;
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
    const [long, short] = isAcronym(b.text) && !isAcronym(a.text) ? [a.text, b.text] : isAcronym(a.text) && !isAcronym(b.text) ? [b.text, a.text] : [null, null];
    if (long && short && initialsMatch(short, long)) defined.set(bare(short), long);
  }
  return defined;
}

export function bare(acronym: string): string {
  return acronym.replace(/['\u2019]s?$/u, '').replace(/\./g, '').toUpperCase();
}

/** The acronym's letters are initials of the name's words, in order, starting with the first. */
export function initialsMatch(acronym: string, name: string): boolean {
  const letters = bare(acronym).toLowerCase();
  const words = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 2 || !words[0]!.toLowerCase().startsWith(letters[0]!)) return false;
  let k = 0;
  for (const w of words) if (k < letters.length && w[0]!.toLowerCase() === letters[k]) k++;
  return k === letters.length;
}
