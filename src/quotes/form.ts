/**
 * Direct or partial: a quote that opens its sentence (or follows a colon) is the speaker's own
 * sentence; one that opens inside the reporter's sentence is a partial quote.
 */
import { sentenceAt, type AnalysedDocument } from '../document/analyse.js';
import type { QuoteForm } from '../types.js';

export function quoteForm(doc: AnalysedDocument, start: number, end: number): QuoteForm {
  const sentence = sentenceAt(doc, start);
  const before = doc.norm.slice(sentence ? sentence.start : Math.max(0, start - 200), start);
  if (/^[\s\-(]*$/.test(before) || /:\s*$/.test(before)) return 'direct';
  // A quote of whole sentences after a cue and a comma: Twitter said, "We will appeal."
  const inside = doc.norm.slice(start + 1, end);
  if (/,\s*$/.test(before) && /^[\s]*[A-Z]/.test(inside) && /[.!?]["']?\s*$/.test(inside.replace(/"$/, ''))) return 'direct';
  return 'partial';
}
