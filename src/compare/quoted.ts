/**
 * The words inside a quote's quotation marks, each with its offsets, for comparing what two outlets
 * quote one speaker as saying. Case, and the style of apostrophes and dashes, are set aside:
 * "it’s" and "It's" are one word.
 */
import type { Claim, ExtractResult, Span } from '../types.js';

export interface QuotedWord extends Span {
  /** The word compared: lower case, straight apostrophes. */
  word: string;
  /** The quoted piece it stands in (a fragment of a split quote), which holds its text. */
  part: Span;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The quoted words of a quote claim, in order; of the claim's content when its quote is not found. */
export function quotedWords(r: ExtractResult, claim: Claim): QuotedWord[] {
  const quote = claim.quote === null ? undefined : quoteById(r).get(claim.quote);
  const spans = quote ? quote.fragments.map((f) => f.content) : [claim.content];
  const out: QuotedWord[] = [];
  for (const s of spans) for (const m of s.text.matchAll(WORD)) {
    const start = s.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], word: m[0].toLowerCase().replace(/’/g, "'"), part: s });
  }
  return out;
}

/** The quoted words alone, as compared (no offsets): what scoring needs, without an object per word. */
export function quotedTokens(r: ExtractResult, claim: Claim): string[] {
  const quote = claim.quote === null ? undefined : quoteById(r).get(claim.quote);
  const spans = quote ? quote.fragments.map((f) => f.content) : [claim.content];
  const out: string[] = [];
  for (const s of spans) for (const m of s.text.toLowerCase().match(WORD) ?? []) out.push(m.replace(/’/g, "'"));
  return out;
}

const cache = new WeakMap<ExtractResult, Map<string, NonNullable<ExtractResult['quotes'][number]>>>();

function quoteById(r: ExtractResult) {
  let map = cache.get(r);
  if (!map) {
    map = new Map(r.quotes.map((q) => [q.id, q]));
    cache.set(r, map);
  }
  return map;
}
