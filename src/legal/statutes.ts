/**
 * Statute names: "Computer Fraud and Abuse Act", "Securities Exchange Act of 1934", "the Patriot
 * Act". Read off the document's tokens rather than matched with a pattern: from each "Act" back
 * over capitalised words and the joining words a name runs over ("and", "of", "on", "for", "the",
 * "&"), at most eight words, so every "Act" costs a bounded walk.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import { STATUTE_JOINERS, STATUTE_NON_NAME } from './legal-words.js';

const MAX_WORDS = 8;
const NAME_WORD = /^\p{Lu}[\p{L}\p{Nd}'-]*$/u;

export function statuteNames(doc: Pick<AnalysedDocument, 'norm' | 'tokens'>): Array<{ start: number; end: number }> {
  const { tokens, norm } = doc;
  const text = (i: number) => norm.slice(tokens[i]!.start, tokens[i]!.end);
  // Only spaces between two tokens of one sentence.
  const joined = (i: number) => tokens[i]!.sentence === tokens[i + 1]!.sentence && /^ +$/.test(norm.slice(tokens[i]!.end, tokens[i + 1]!.start));
  const out: Array<{ start: number; end: number }> = [];
  for (let act = 1; act < tokens.length; act++) {
    if (text(act) !== 'Act') continue;
    let first = act;
    for (let i = act - 1; i >= 0 && act - i <= MAX_WORDS && joined(i); i--) {
      const w = text(i);
      if (w === 'Act' || !(NAME_WORD.test(w) || STATUTE_JOINERS.has(w))) break;
      first = i;
    }
    // The name opens on a name word, never on a joining word or a sentence's opening function word.
    while (first < act && (STATUTE_JOINERS.has(text(first)) || STATUTE_NON_NAME.has(text(first)))) first++;
    if (first === act) continue;
    let last = act;
    // "Act of 1934".
    if (act + 2 < tokens.length && text(act + 1) === 'of' && /^\d{4}$/.test(text(act + 2)) && joined(act) && joined(act + 1)) last = act + 2;
    out.push({ start: tokens[first]!.start, end: tokens[last]!.end });
  }
  return out;
}
