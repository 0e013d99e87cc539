/**
 * The one place that turns wink-nlp's token positions into character offsets into our input.
 * wink-nlp keeps every token's value and the spaces before it, so walking the text with a cursor
 * recovers exact offsets; a token whose value cannot be found at the cursor is skipped, never guessed.
 *
 * Each paragraph is read once. What one read returns depends on its text alone: the instances come
 * from wink-instance.ts (a lexicon the tokenizer sees frozen), and long runs are broken up before
 * wink sees them (wink-reads.ts), so its time stays linear.
 */
import { WinkPool } from './wink-instance.js';
import { sourceOffset, winkReads, type WinkRead } from './wink-reads.js';

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
  /** Index of the sentence that holds the token, set by analyse(); -1 until then. */
  sentence: number;
}

/** One of wink-nlp's own entities (DATE, CARDINAL, MENTION, HASHTAG, ...), with exact offsets. */
export interface WinkEntity {
  start: number;
  end: number;
  type: string;
}

export interface WinkAnalysis {
  tokens: WinkToken[];
  /** Sentences as [start, end) character offsets. */
  sentences: Array<{ start: number; end: number }>;
  /** wink's own entities: only from winkEntities(); analyseWithWink() leaves this empty. */
  entities: WinkEntity[];
}

const reading = new WinkPool(undefined, 'reading');
const withEntities = new WinkPool(undefined, 'entities');

/** Analyses `text.slice(from, to)` and returns tokens and sentences as offsets into `text`. */
export function analyseWithWink(text: string, from: number, to: number): WinkAnalysis {
  const out: WinkAnalysis = { tokens: [], sentences: [], entities: [] };
  for (const read of winkReads(text, from, to)) analyseRead(read, out, reading);
  return out;
}

/**
 * wink-nlp's own entities (DATE, CARDINAL, MENTION, ...) in `text.slice(from, to)`, from a reading
 * of its full pipeline: asked for by a user's extractor only, so the default pipeline never pays it.
 */
export function winkEntities(text: string, from: number, to: number): WinkEntity[] {
  const out: WinkAnalysis = { tokens: [], sentences: [], entities: [] };
  for (const read of winkReads(text, from, to)) analyseRead(read, out, withEntities);
  return out.entities;
}

/** Reads one piece and appends its tokens, sentences and entities to `out`. */
function analyseRead(read: WinkRead, out: WinkAnalysis, pool: WinkPool): void {
  const slice = read.text;
  const nlp = pool.for(slice.length);
  const its = nlp.its;
  const doc = nlp.readDoc(slice);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];

  // Offsets of wink token i, or -1 where it could not be placed.
  const starts: number[] = new Array(values.length).fill(-1);
  const ends: number[] = new Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = placeAt(slice, value, cursor);
    if (at < 0) continue;
    cursor = at + value.length;
    starts[i] = sourceOffset(read, at);
    ends[i] = sourceOffset(read, cursor - 1) + 1;
    out.tokens.push({
      start: starts[i]!, end: ends[i]!, pos: pos[i] ?? 'X', type: types[i] ?? 'word',
      normal: normals[i] ?? value.toLowerCase(), lemma: lemmas[i] ?? value.toLowerCase(), sentence: -1,
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

  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    const span = spanOffsets(first, last);
    if (span) out.sentences.push(span);
  });

  doc.entities().each((e: { out: (f: unknown) => unknown }) => {
    const [first, last] = e.out(its.span) as [number, number];
    const type = (e.out(its.type) as string) ?? 'UNKNOWN';
    const span = spanOffsets(first, last);
    if (span) out.entities.push({ ...span, type });
  });
}

/**
 * Where `value` starts at or after `cursor`: right at the cursor or after white space, as wink
 * leaves it between tokens, else -1. Looking no further keeps the walk linear.
 */
function placeAt(slice: string, value: string, cursor: number): number {
  if (!value.length) return -1;
  let at = cursor;
  while (at < slice.length && slice.startsWith(value, at) === false && isBetweenTokens(slice.charCodeAt(at))) at++;
  return slice.startsWith(value, at) ? at : -1;
}

/** What wink may leave between its tokens: white space as JavaScript's trim() knows it. */
function isBetweenTokens(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
