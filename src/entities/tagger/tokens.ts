/**
 * The tagger's view of an analysed document: each sentence's tokens, as written (on the same-length
 * normalised text, so curly and straight quotes are one feature), with their offsets.
 */
import type { AnalysedDocument } from '../../document/analyse.js';
import type { TagToken } from './features.js';

export interface PlacedToken extends TagToken {
  start: number;
  end: number;
  /** Index of the token in the document's token list. */
  index: number;
}

/** The document's tokens grouped by sentence, in order; sentences without tokens are left out. */
export function sentenceTokens(doc: Pick<AnalysedDocument, 'norm' | 'tokens'>): PlacedToken[][] {
  const out: PlacedToken[][] = [];
  let current: PlacedToken[] = [];
  let sentence = -1;
  doc.tokens.forEach((t, index) => {
    if (t.sentence !== sentence && current.length > 0) {
      out.push(current);
      current = [];
    }
    sentence = t.sentence;
    current.push({ text: doc.norm.slice(t.start, t.end), pos: t.pos, type: t.type, start: t.start, end: t.end, index });
  });
  if (current.length > 0) out.push(current);
  return out;
}
