/**
 * The one place that turns wink-nlp's token positions into character offsets into our input.
 * wink-nlp keeps every token's value and the spaces before it, so walking the text with a cursor
 * recovers exact offsets; a token whose value cannot be found at the cursor is skipped, never guessed.
 */
import { RenewingWink } from './wink-instance.js';

export interface WinkToken {
  start: number;
  end: number;
  /** Universal POS tag. */
  pos: string;
  /** wink's token type: word, punctuation, number, mention, hashtag, url, emoji, ... */
  type: string;
  /** Lower-cased, normalised form. */
  normal: string;
  /** Lemma. */
  lemma: string;
}

export interface WinkEntity {
  start: number;
  end: number;
  type: string;
}

export interface WinkAnalysis {
  tokens: WinkToken[];
  /** Sentences as [start, end) character offsets. */
  sentences: Array<{ start: number; end: number }>;
  entities: WinkEntity[];
}

/**
 * A new instance after every 2,000,000 characters read (see wink-instance.ts): that bounds what
 * wink-nlp's lexicon keeps, and loading one takes about 100 ms, under 1% of the time extract takes
 * to read that much text.
 */
const wink = new RenewingWink(2_000_000);

/** Analyses `text.slice(from, to)` and returns positions as offsets into `text`. */
export function analyseWithWink(text: string, from: number, to: number): WinkAnalysis {
  const slice = text.slice(from, to);
  const nlp = wink.for(slice.length);
  const its = nlp.its;
  // wink-nlp tokenizes a word it has not seen before differently from one in its cache ("a'b..." is
  // a'b . .. the first time, a'b ... after), and its cache keeps every word of every earlier
  // document. Reading the text once first puts its words in the cache, so the reading we keep
  // depends on this text alone, not on what was read before (found by tests/hostile-properties).
  nlp.readDoc(slice);
  const doc = nlp.readDoc(slice);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];

  // Offsets of wink token i, or -1 where it could not be placed.
  const starts: number[] = new Array(values.length).fill(-1);
  const ends: number[] = new Array(values.length).fill(-1);
  const tokens: WinkToken[] = [];
  const tokenIndex: number[] = new Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = slice.startsWith(value, cursor) ? cursor : slice.indexOf(value, cursor);
    if (at < 0 || value.length === 0) continue;
    starts[i] = from + at;
    ends[i] = from + at + value.length;
    cursor = at + value.length;
    tokenIndex[i] = tokens.length;
    tokens.push({
      start: starts[i]!, end: ends[i]!, pos: pos[i] ?? 'X', type: types[i] ?? 'word',
      normal: normals[i] ?? value.toLowerCase(), lemma: lemmas[i] ?? value.toLowerCase(),
    });
  }

  const spanOffsets = (first: number, last: number): { start: number; end: number } | null => {
    let a = first;
    while (a <= last && starts[a]! < 0) a++;
    let b = last;
    while (b >= a && ends[b]! < 0) b--;
    if (a > b) return null;
    return { start: starts[a]!, end: ends[b]! };
  };

  const sentences: WinkAnalysis['sentences'] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    const span = spanOffsets(first, last);
    if (span) sentences.push(span);
  });

  const entities: WinkEntity[] = [];
  doc.entities().each((e: { out: (f: unknown) => unknown }) => {
    const [first, last] = e.out(its.span) as [number, number];
    const type = (e.out(its.type) as string) ?? 'UNKNOWN';
    const span = spanOffsets(first, last);
    if (span) entities.push({ ...span, type });
  });

  return { tokens, sentences, entities };
}
