/**
 * Tells quotations from words that merely stand in quotation marks: a name ("ALT Immigration",
 * the title of a show) or a scare quote (so-called "alternative" accounts). Runs after attribution,
 * because a short phrase that someone is said to have said ("called it "a disaster"") is a quote.
 */
import type { Refiner } from '../pipeline.js';
import type { Quote, QuotedTerm } from '../types.js';

/** Words that introduce a name rather than speech. */
const NAMING = /\b(named|called|titled|entitled|dubbed|nicknamed|known as|billed as|branded|labell?ed|the term|the word|the phrase|so-called)\s*$/i;
const MAX_TERM_WORDS = 4;
const MAX_TITLE_WORDS = 7;

export const separateQuotedTerms: Refiner = {
  name: 'quoted-terms',
  refine(doc, items) {
    const quotes: Quote[] = [];
    const quotedTerms: QuotedTerm[] = [...items.quotedTerms];
    for (const q of items.quotes) {
      const role = termRole(doc.norm, q);
      if (role) quotedTerms.push({ kind: 'quoted-term', role, start: q.start, end: q.end, text: q.text, content: q.fragments[0]!.content });
      else quotes.push(q);
    }
    quotedTerms.sort((a, b) => a.start - b.start);
    return { ...items, quotes: quotes.map((q, i) => ({ ...q, id: `q${i}` })), quotedTerms };
  },
};

function termRole(norm: string, q: Quote): QuotedTerm['role'] | null {
  if (q.fragments.length > 1 || q.paragraphs > 1) return null;
  const content = q.fragments[0]!.content.text;
  const words = content.split(/\s+/).filter(Boolean);
  const before = norm.slice(Math.max(0, q.start - 40), q.start);
  const titleCase = words.length > 0 && words.every((w) => /^[\p{Lu}\d&@#]/u.test(w) || /^(of|the|and|a|an|in|on|for|to|at)$/.test(w));
  if (NAMING.test(before) && words.length <= 8 && !/[.!?]$/.test(content)) return titleCase ? 'name' : 'scare';
  // A short phrase with a speaker is a partial quote; without one it is a term: a title ("CBS This
  // Morning,") or a scare quote. A comma inside the marks is American punctuation, not speech.
  if (q.speaker || /[.!?]$/.test(content)) return null;
  if (titleCase && words.length > 0 && words.length <= MAX_TITLE_WORDS) return 'name';
  return words.length <= MAX_TERM_WORDS ? 'scare' : null;
}
