/**
 * The second stage's features: what the first stage said about the same words elsewhere in the
 * document (Krishnan & Manning 2006). A name keeps its kind through an article, so the classes the
 * first stage gave to other occurrences of a token, of a whole name, and of the longer names a word
 * is part of ("Clinton" in "Bill Clinton"), and the classes of its neighbours in a list ("Google,
 * Facebook, Yahoo and Microsoft"), are evidence for its own. The trainer computes them from
 * first-stage labels made by jackknifing, so they are as noisy in training as they are at run time.
 */
import { capitalPlaces, startsUpper, type TagToken } from './features.js';
import { decode, type TokenSpan } from './labels.js';

const JOINERS = new Set([',', 'and', 'or', '&', ';']);

/** Class counts, 'O' for a token outside every name. */
type Counts = Map<string, number>;

function add(map: Map<string, Counts>, key: string, cls: string, by = 1): void {
  let c = map.get(key);
  if (!c) map.set(key, (c = new Map()));
  c.set(cls, (c.get(cls) ?? 0) + by);
}

/** The most frequent class once `own` is taken out (ties: the first met), and whether all agree; null if none is left. */
function majority(counts: Counts | undefined, own: string | null): { cls: string; all: boolean } | null {
  if (!counts) return null;
  let best: string | null = null;
  let bestN = 0;
  let total = 0;
  for (const [cls, n0] of counts) {
    const n = n0 - (cls === own ? 1 : 0);
    total += n;
    if (n > bestN) {
      best = cls;
      bestN = n;
    }
  }
  return best === null ? null : { cls: best, all: bestN === total };
}

export interface Placed {
  /** Per token, the first-stage span it is in, or null. */
  spanOf: (TokenSpan | null)[];
  spans: TokenSpan[];
}

function place(n: number, labels: readonly number[]): Placed {
  const spans = decode(labels);
  const spanOf: (TokenSpan | null)[] = new Array(n).fill(null);
  for (const s of spans) for (let i = s.first; i <= s.last; i++) spanOf[i] = s;
  return { spanOf, spans };
}

/** Capitalised words are matched without case, so a headline's MANDALAY meets the story's Mandalay. */
const keyOf = (t: TagToken): string => t.text.toLowerCase();

const spanText = (tokens: readonly TagToken[], s: TokenSpan): string => tokens.slice(s.first, s.last + 1).map((t) => t.text).join(' ');

/** The class of the list item on one side of tokens [first, last], or null if no list goes on that way. */
function listNeighbour(tokens: readonly TagToken[], p: Placed, first: number, last: number, step: 1 | -1): string | null {
  const joiner = (k: number) => JOINERS.has(tokens[k]?.text.toLowerCase() ?? '');
  let j = step < 0 ? first - 1 : last + 1;
  if (!joiner(j)) return null;
  j += step;
  // "A, B, and C": two joiners in a row.
  if (joiner(j)) j += step;
  const s = p.spanOf[j];
  if (!s || (step < 0 ? s.last !== j : s.first !== j)) return null;
  return s.type;
}

/** What the first stage said about a document's names, counted once per document. */
export interface DocumentNames {
  placed: Placed[];
  /** Classes of each capitalised word (case-blind), of each name, of each word inside longer names. */
  byToken: Map<string, Counts>;
  byName: Map<string, Counts>;
  byPart: Map<string, Counts>;
}

/** Counts the classes the first stage's labels give each capitalised word and name of a document. */
export function documentNames(sentences: readonly (readonly TagToken[])[], labels: readonly (readonly number[])[]): DocumentNames {
  const placed = sentences.map((tokens, s) => place(tokens.length, labels[s]!));
  const byToken = new Map<string, Counts>();
  const byName = new Map<string, Counts>();
  const byPart = new Map<string, Counts>();
  sentences.forEach((tokens, s) => {
    const p = placed[s]!;
    tokens.forEach((t, i) => {
      if (startsUpper(t.text)) add(byToken, keyOf(t), p.spanOf[i]?.type ?? 'O');
    });
    for (const span of p.spans) {
      add(byName, spanText(tokens, span), span.type);
      if (span.first === span.last) continue;
      for (let i = span.first; i <= span.last; i++) if (startsUpper(tokens[i]!.text)) add(byPart, keyOf(tokens[i]!), span.type);
    }
  });
  return { placed, byToken, byName, byPart };
}

/** The features of a token outside every name and without a capital: none. Shared: readonly, never changed (not frozen: V8 iterates frozen arrays on a slow path). */
const NONE: readonly string[] = [];

/** The second stage's feature strings of the tokens of sentence `s`. */
export function sentenceConsistency(names: DocumentNames, tokens: readonly TagToken[], s: number): (readonly string[])[] {
  const p = names.placed[s]!;
  const places = capitalPlaces(tokens);
  return tokens.map((t, i) => {
    const span = p.spanOf[i];
    const where = places[i]!;
    if (!span && !where) return NONE;
    const own = span?.type ?? 'O';
    const f: string[] = [];
    if (where) {
      const tm = majority(names.byToken.get(keyOf(t)), own);
      if (tm) f.push(`tm=${tm.cls}`, `tm=${tm.cls}|${tm.all}|${own}`, `tm=${tm.cls}|${where}`);
      // The longer names this word is part of, other than its own.
      const partOwn = span && span.first !== span.last ? span.type : null;
      const sm = majority(names.byPart.get(keyOf(t)), partOwn);
      if (sm) f.push(`sm=${sm.cls}`, `sm=${sm.cls}|${own}`, `sm=${sm.cls}|${where}`);
    }
    if (span) {
      const em = majority(names.byName.get(spanText(tokens, span)), span.type);
      if (em) f.push(`em=${em.cls}`, `em=${em.cls}|${em.all}|${own}`);
    }
    const first = span?.first ?? i;
    const last = span?.last ?? i;
    const left = listNeighbour(tokens, p, first, last, -1);
    const right = listNeighbour(tokens, p, first, last, 1);
    if (left) f.push(`ll=${left}|${own}`);
    if (right) f.push(`lr=${right}|${own}`);
    if (left && left === right) f.push(`lb=${left}|${own}`);
    return f;
  });
}

/** The second stage's feature strings of every token of a document, given the first stage's labels. */
export function consistencyFeatures(sentences: readonly (readonly TagToken[])[], labels: readonly (readonly number[])[]): (readonly string[])[][] {
  const names = documentNames(sentences, labels);
  return sentences.map((tokens, s) => sentenceConsistency(names, tokens, s));
}
