/**
 * What capitals mean where they stand. A capital letter marks a name only away from a sentence
 * start and outside all-caps headlines; elsewhere the same word needs other evidence: the word
 * written with a capital mid-sentence somewhere else in the document, or compromise's lexicon
 * knowing it as a name. Built once per document, in one pass over compromise's terms.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import type { Term } from '../document/compromise-adapter.js';

export interface Casing {
  terms: Term[];
  /** The first word of a sentence, or the first after an opening quotation mark or a colon. */
  initial: boolean[];
  /** The term stands in a sentence written mostly in capitals (a headline, a table heading). */
  headline: boolean[];
  /** Lower-cased words written with a capital away from a sentence start, outside headlines. */
  capitalised: Set<string>;
  /** Of those, the words that stood alone there, with no capitalised word beside them. */
  alone: Set<string>;
  /** Lower-cased words written in lower case somewhere in the document. */
  lower: Set<string>;
  /** wink-nlp's part of speech for the token that starts where the term starts, or ''. */
  pos: string[];
}

const HAS_LETTER = /\p{L}/u;
// Two capitals, no lower case. Written so no two parts can match the same characters: the form
// /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/ backtracked cubically on a long run of capitals.
const ALL_CAPS = /^(?:[^\p{Ll}\p{Lu}]*\p{Lu}){2}[^\p{Ll}]*$/u;

export function isWord(t: Term): boolean {
  return HAS_LETTER.test(t.text);
}

export function isAllCaps(text: string): boolean {
  return ALL_CAPS.test(text);
}

export function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

export function readCasing(doc: AnalysedDocument): Casing {
  const terms = doc.compromise.terms;
  const initial = new Array<boolean>(terms.length).fill(false);
  const headline = new Array<boolean>(terms.length).fill(false);
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const alone = new Set<string>();
  const sentences = doc.sentences;
  let s = 0;
  let from = 0;
  // Terms and sentences are both in text order: one walk assigns each term its sentence.
  while (from < terms.length) {
    while (s < sentences.length && sentences[s]!.end <= terms[from]!.start) s++;
    const end = s < sentences.length ? sentences[s]!.end : Infinity;
    let to = from;
    while (to < terms.length && terms[to]!.start < end) to++;
    if (to === from) to = from + 1;
    markSentence(terms, from, to, initial, headline);
    from = to;
  }
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (!isWord(t) || headline[i]) continue;
    if (!startsUpper(t.text)) lower.add(t.normal);
    else if (!initial[i]) {
      capitalised.add(t.normal);
      if (!startsUpper(terms[i - 1]?.text ?? '') && !startsUpper(terms[i + 1]?.text ?? '')) alone.add(t.normal);
    }
  }
  return { terms, initial, headline, capitalised, alone, lower, pos: winkPos(doc, terms) };
}

/** wink-nlp's tags by term, in one merge walk over both sorted lists. */
function winkPos(doc: AnalysedDocument, terms: Term[]): string[] {
  const pos = new Array<string>(terms.length).fill('');
  let k = 0;
  for (let i = 0; i < terms.length; i++) {
    while (k < doc.tokens.length && doc.tokens[k]!.start < terms[i]!.start) k++;
    if (k < doc.tokens.length && doc.tokens[k]!.start === terms[i]!.start) pos[i] = doc.tokens[k]!.pos;
  }
  return pos;
}

/** Marks the sentence's first words and, when most of its words are in capitals, all of it. */
function markSentence(terms: Term[], from: number, to: number, initial: boolean[], headline: boolean[]): void {
  let words = 0;
  let caps = 0;
  let atStart = true;
  for (let i = from; i < to; i++) {
    const t = terms[i]!;
    if (!isWord(t)) continue;
    if (atStart || /["\u201C:]/.test(terms[i - 1]?.post ?? '') || /["\u201C]/.test(t.pre)) initial[i] = true;
    atStart = false;
    words++;
    if (isAllCaps(t.text) && t.text.length > 1) caps++;
  }
  // Three or more words in capitals making most of the sentence: a headline. One acronym is not.
  if (caps >= 3 && caps / words >= 0.6) for (let i = from; i < to; i++) headline[i] = true;
}
