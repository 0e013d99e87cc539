/**
 * Builds the analysed document once: the untouched input, its same-length normalised twin, and
 * paragraphs, sentences and tokens with exact offsets. Every extractor reads this; none re-parses.
 */
import type { Paragraph, ReferenceDate, Sentence } from '../types.js';
import { normalizeSameLength } from './normalize.js';
import { splitParagraphs, trimBounds } from './paragraphs.js';
import { analyseWithWink, winkEntities, type WinkEntity, type WinkToken } from './wink-adapter.js';
import { analyseWithCompromise, type CompromiseAnalysis } from './compromise-adapter.js';
import { OffsetIndex } from './offset-index.js';
import { breakLongRuns, windowBounds } from './windows.js';
import { datelineEnd } from './dateline.js';

/** A token of the analysed document: wink-nlp's reading, with exact offsets and its sentence. */
export type DocToken = WinkToken;

/** The tokens of one sentence: indices [first, end) into the document's token list. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

/**
 * The analysed document every step reads: the input and its same-length normalised twin, paragraphs,
 * sentences and tokens with exact offsets, and indexes that say which token or sentence holds an offset.
 */
export interface AnalysedDocument {
  /** The input exactly as given: every output span slices this. */
  readonly text: string;
  /** Same length as `text`, with curly quotes, odd spaces and dashes folded: match patterns on this. */
  readonly norm: string;
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];
  readonly tokens: DocToken[];
  /** For each sentence, the range of its tokens in `tokens`. */
  readonly sentenceTokens: readonly TokenRange[];
  /** Which token holds an offset, answered in a bounded number of steps (see offset-index.ts). */
  readonly tokenIndex: OffsetIndex;
  /** Which sentence holds an offset, likewise. */
  readonly sentenceIndex: OffsetIndex;
  /**
   * For each sentence, where its clauses start: just past a wire dateline that opens it
   * ("SPRINGFIELD, Ill. -"), else its start. No subject, speaker or claim is made of a dateline.
   */
  readonly datelineEnds: readonly number[];
  /** wink-nlp's own entities (DATE, DURATION, CARDINAL, MENTION, HASHTAG, ...), read on first use: no default step needs them. */
  readonly winkEntities: WinkEntity[];
  /** compromise's analysis of the whole text, built on first use: it is the slowest step. */
  readonly compromise: CompromiseAnalysis;
  readonly referenceDate: ReferenceDate;
  /** The article's headline or page title when the caller gave it apart from the text (ExtractOptions.title), else null. */
  readonly title: string | null;
}

export function analyse(text: string, referenceDate: ReferenceDate, title: string | null = null): AnalysedDocument {
  const norm = normalizeSameLength(text);
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: DocToken[] = [];
  const sentenceTokens: TokenRange[] = [];

  // wink-nlp reads one paragraph at a time, so no sentence can cross a paragraph break.
  for (const paragraph of paragraphs) {
    const wink = analyseWithWink(norm, paragraph.start, paragraph.end);
    const bounds = sentenceBounds(norm, wink.sentences, paragraph.start, paragraph.end).flatMap(([a, b]) => windowBounds(norm, a, b, wink.tokens));
    let t = 0;
    for (const [start, end] of bounds) {
      const [s, e] = trimBounds(text, start, end);
      if (e <= s) continue;
      const index = sentences.length;
      sentences.push({ kind: 'sentence', id: `s${index}`, index, paragraph: paragraph.index, start: s, end: e, text: text.slice(s, e) });
      // A token in the white space between two sentences (wink's line-break "SPACE" tokens) lies in
      // neither: it is dropped, so every token lies inside the sentence it names.
      const first = tokens.length;
      for (; t < wink.tokens.length && wink.tokens[t]!.start < e; t++) {
        const token = wink.tokens[t]!;
        if (token.start < s) continue;
        token.sentence = index;
        tokens.push(token);
      }
      sentenceTokens.push({ first, end: tokens.length });
    }
  }

  let compromise: CompromiseAnalysis | null = null;
  let entities: WinkEntity[] | null = null;
  return {
    text, norm, paragraphs, sentences, tokens, sentenceTokens, referenceDate, title,
    get winkEntities() {
      entities ??= paragraphs.flatMap((p) => winkEntities(norm, p.start, p.end));
      return entities;
    },
    tokenIndex: new OffsetIndex(tokens, text.length),
    sentenceIndex: new OffsetIndex(sentences, text.length),
    datelineEnds: sentences.map((s) => datelineEnd(norm, s)),
    get compromise() {
      compromise ??= analyseWithCompromise(breakLongRuns(norm, sentences));
      return compromise;
    },
  };
}

/**
 * Turns wink's sentences into contiguous bounds that cover the whole paragraph, so no text falls
 * between two sentences (a stray character wink did not place still belongs to a sentence).
 */
function sentenceBounds(norm: string, found: Array<{ start: number; end: number }>, from: number, to: number): Array<[number, number]> {
  const starts = found.map((s) => s.start).filter((s) => s > from && s < to && !falseBreak(norm, s)).sort((a, b) => a - b);
  const bounds: Array<[number, number]> = [];
  let at = from;
  for (const s of starts) {
    if (s > at) bounds.push([at, s]);
    at = Math.max(at, s);
  }
  bounds.push([at, to]);
  return bounds;
}

/**
 * wink-nlp breaks sentences after an abbreviation that ends in a period: "Sen. Jane Roe (R-Fla.) | said
 * Saturday", "(D-N. | Y.) said", ""Why?" | he asked". An English sentence does not open in lower case,
 * and one initial does not end a sentence before another ("N. | Y.", "U. | S."): such a start is no break.
 */
function falseBreak(norm: string, start: number): boolean {
  if (/^[a-z]/.test(norm.slice(start, start + 1))) return true;
  return /(?:^|[^A-Za-z])[A-Z]\.\s*$/.test(norm.slice(Math.max(0, start - 4), start)) && /^[A-Z]\./.test(norm.slice(start, start + 2));
}

/** Indices [first, end) of the tokens that lie inside [start, end). */
export function tokenRange(doc: AnalysedDocument, start: number, end: number): TokenRange {
  const tokens = doc.tokens;
  const first = doc.tokenIndex.firstStartingFrom(start);
  // The first token that does not end by `end`: where the range stops.
  let last = doc.tokenIndex.firstEndingAfter(end - 1);
  if (last < tokens.length && tokens[last]!.end <= end) last++;
  return { first, end: Math.max(first, last) };
}

/** Tokens in [start, end): a copy of their range, for steps that read them all. */
export function tokensIn(doc: AnalysedDocument, start: number, end: number): DocToken[] {
  const r = tokenRange(doc, start, end);
  return doc.tokens.slice(r.first, r.end);
}

/** The tokens of sentence `index`. */
export function sentenceTokens(doc: AnalysedDocument, index: number): DocToken[] {
  const r = doc.sentenceTokens[index];
  return r ? doc.tokens.slice(r.first, r.end) : [];
}

/** The sentence holding offset `at`, or undefined between sentences. */
export function sentenceAt(doc: AnalysedDocument, at: number): Sentence | undefined {
  const i = doc.sentenceIndex.at(at);
  return i < 0 ? undefined : doc.sentences[i];
}

/** A span object for [start, end) of the input. */
export function spanOf(doc: AnalysedDocument, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Index of the paragraph holding offset `at`, or of the last paragraph before it. */
export function paragraphIndexAt(doc: AnalysedDocument, at: number): number {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
