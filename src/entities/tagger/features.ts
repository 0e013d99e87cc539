/**
 * The features the entity tagger reads for each token: the word and its neighbours, their shapes,
 * prefixes and suffixes, wink-nlp's part of speech, compromise's lexicon (gazetteer.ts), and what
 * the rest of the document says about the word (written in lower case elsewhere, or with a capital
 * in mid-sentence), and the kind of noun that heads an apposition after a name (head-nouns.ts). The
 * second stage's features are in consistency.ts. The trainer (scripts/train/ner.ts) and the tagger call the same function, so
 * a model always sees at run time what it saw in training.
 */
import { phraseTags, wordTags } from './gazetteer.js';
import { HEAD_KINDS } from './head-nouns.js';

/** What the tagger needs of a token. */
export interface TagToken {
  /** The token as written. */
  text: string;
  /** wink-nlp's universal part of speech. */
  pos: string;
  /** wink-nlp's token type: word, punctuation, number, mention, hashtag, url, email, ... */
  type: string;
}

/** What the whole document says about its words (lower-cased). */
export interface DocumentEvidence {
  /** Words written in lower case somewhere. */
  lower: Set<string>;
  /** Words written with a capital away from a sentence start and outside headlines. */
  capitalised: Set<string>;
}

type CaseStyle = 'caps' | 'title' | 'plain';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', ':', '\u2014', '-', '\u2013']);

/** "Xxxx" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d": character classes with runs folded. */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{Nd}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? `${out.slice(0, 8)}~` : out;
}

/** The words of a sentence that can carry a capital: letters, two or more. */
function caseStyle(tokens: readonly TagToken[]): CaseStyle {
  let words = 0;
  let caps = 0;
  let title = 0;
  for (const t of tokens) {
    if (t.text.length < 2) continue;
    const lower = hasLower(t.text);
    if (!lower && !hasUpper(t.text)) continue;
    words++;
    if (!lower) caps++;
    // Short function words stay lower case in a title-case headline ("Judge Rules in Favor of ...").
    if (startsUpper(t.text) || t.text.length <= 3) title++;
  }
  if (words >= 2 && caps === words) return 'caps';
  if (words >= 3 && title === words) return 'title';
  return 'plain';
}

/**
 * Letter case tests, the hot path of the features: ASCII answered at once, anything else through
 * the Unicode classes (the answers are those of UPPER and LOWER on the same characters).
 */
export function startsUpper(text: string): boolean {
  return startsWithLetterIn(text, 65, UPPER);
}

function startsLower(text: string): boolean {
  return startsWithLetterIn(text, 97, LOWER);
}

/** Whether text opens with an ASCII letter from `first` to `first` + 25, or a letter `pattern` matches. */
function startsWithLetterIn(text: string, first: number, pattern: RegExp): boolean {
  const code = text.charCodeAt(0);
  if (code >= first && code <= first + 25) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  return pattern.test(text[0]!);
}

/** Whether any character of text is a capital. */
function hasUpper(text: string): boolean {
  return hasLetterIn(text, 65, UPPER);
}

/** Whether any character of text is a lower-case letter. */
function hasLower(text: string): boolean {
  return hasLetterIn(text, 97, LOWER);
}

/** Whether text holds an ASCII letter from `first` to `first` + 25, or a letter `pattern` matches. */
function hasLetterIn(text: string, first: number, pattern: RegExp): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= first && code <= first + 25) return true;
    if (code >= 128) return pattern.test(text);
  }
  return false;
}

function isInitial(tokens: readonly TagToken[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (OPENERS.has(t.text)) return true;
    if (t.type !== 'punctuation') return false;
  }
  return true;
}

/** Reads every sentence once and notes how the document writes each word. */
export function documentEvidence(sentences: readonly (readonly TagToken[])[]): DocumentEvidence {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const tokens of sentences) {
    const style = caseStyle(tokens);
    tokens.forEach((t, i) => {
      if (startsLower(t.text) && !hasUpper(t.text)) lower.add(t.text);
      else if (startsUpper(t.text) && style === 'plain' && !isInitial(tokens, i)) capitalised.add(t.text.toLowerCase());
    });
  }
  return { lower, capitalised };
}

/**
 * Where each token's capital stands: 'caps' or 'title' in a headline of that case, 'initial' at
 * the start of a sentence or quote, 'mid' elsewhere; '' for a token that does not start with one.
 */
export function capitalPlaces(tokens: readonly TagToken[]): string[] {
  const style = caseStyle(tokens);
  return tokens.map((t, i) => (!startsUpper(t.text) ? '' : style !== 'plain' ? style : isInitial(tokens, i) ? 'initial' : 'mid'));
}

const ARTICLES = new Set(['a', 'an', 'the']);
const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

/**
 * The head noun of an apposition after a capitalised name: "Doki Doki, a dessert shop" gives
 * "shop" to both words of the name. Returns, per token, that noun or ''.
 */
export function appositionHeads(tokens: readonly TagToken[], lowers: readonly string[]): string[] {
  const out = tokens.map(() => '');
  for (let c = 1; c + 2 < tokens.length; c++) {
    if (tokens[c]!.text !== ',' || !ARTICLES.has(lowers[c + 1]!)) continue;
    let head = '';
    for (let k = c + 2; k < Math.min(tokens.length, c + 6); k++) {
      const pos = tokens[k]!.pos;
      if (pos === 'NOUN') head = lowers[k]!;
      else if (head || (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NUM')) break;
    }
    if (!head) continue;
    for (let j = c - 1; j >= Math.max(0, c - 5) && startsUpper(tokens[j]!.text); j--) out[j] = head;
  }
  return out;
}

/** What a word alone gives the features: its lower case, shape and lexicon tags. */
export interface WordInfo {
  lower: string;
  shape: string;
  tags: string[];
}

/** The place of a sentence's edge, as a neighbour: "w-1=<s>". */
export const BOUNDARY: WordInfo = { lower: '<s>', shape: '<s>', tags: [] };

const infos = new Map<string, WordInfo>();

/** What a word gives the features, made once per word and kept (the cache starts again after 50,000 words). */
export function wordInfo(text: string): WordInfo {
  let info = infos.get(text);
  if (info) return info;
  const lower = text.toLowerCase();
  info = { lower, shape: shapeOf(text), tags: wordTags(lower) };
  if (infos.size >= 50_000) infos.clear();
  infos.set(text, info);
  return info;
}

/** Features of a word that depend on nothing but the word: its form, shape, affixes and lexicon tags. */
export function selfFeatures(w: WordInfo): string[] {
  const f = [`w=${w.lower}`, `s=${w.shape}`];
  const n = w.lower.length;
  for (let k = 1; k <= 4 && k < n; k++) f.push(`pre${k}=${w.lower.slice(0, k)}`, `suf${k}=${w.lower.slice(n - k)}`);
  for (const tag of w.tags) f.push(`g=${tag}`, `gs=${tag}|${w.shape}`);
  return f;
}

/** Where a neighbour stands, relative to the token the features are for. */
export type Offset = -2 | -1 | 1 | 2;
export const OFFSETS: readonly Offset[] = [-1, 1, -2, 2];

/** Features a neighbouring word gives a token, from that word alone. */
export function neighbourFeatures(w: WordInfo, offset: Offset): string[] {
  const at = offset > 0 ? `+${offset}` : `${offset}`;
  if (offset === -2 || offset === 2) return [`w${at}=${w.lower}`];
  return [`w${at}=${w.lower}`, `s${at}=${w.shape}`, ...w.tags.map((tag) => `g${at}=${tag}`)];
}

/** One sentence read once for the features that depend on more than one word. */
export interface SentenceContext {
  tokens: readonly TagToken[];
  infos: readonly WordInfo[];
  style: CaseStyle;
  phrases: (readonly string[])[];
  appositions: string[];
  evidence: DocumentEvidence;
}

export function sentenceContext(tokens: readonly TagToken[], evidence: DocumentEvidence): SentenceContext {
  const infos = tokens.map((t) => wordInfo(t.text));
  const lowers = infos.map((w) => w.lower);
  return { tokens, infos, style: caseStyle(tokens), phrases: phraseTags(lowers), appositions: appositionHeads(tokens, lowers), evidence };
}

/**
 * A token's context features in groups. The keyed groups ('pos', 'shape', 'capital') each depend on
 * a few short values: equal values give equal features, so the tagger sums a group's weights once
 * per model and values (emissions.ts). The last group ('rest': word pairs, lists, phrases,
 * appositions) is looked up feature by feature, each feature given as its parts so that it can be
 * found without joining them into a string.
 */
export type FeatureGroup =
  | { kind: 'pos' | 'shape' | 'capital'; values: readonly string[] }
  | { kind: 'rest'; parts: readonly FeaturePart[] };

/** A feature as [prefix, value] ("gl=Place") or [prefix, value, value] ("w-1w=the|court"). */
export type FeaturePart = readonly [prefix: string, a: string, b?: string];

/** The prefixes of the features given as parts: what emissions.ts indexes by part. */
export const PART_PREFIXES: readonly string[] = ['w-1w', 'ww+1', 'gl', 'mw', 'ap', 'apk'];

/** The string of a feature given as parts. */
export function partString(p: FeaturePart): string {
  return p[2] === undefined ? `${p[0]}=${p[1]}` : `${p[0]}=${p[1]}|${p[2]}`;
}

/** The feature strings of one group. */
export function groupStrings(g: FeatureGroup): string[] {
  if (g.kind === 'rest') return g.parts.map(partString);
  const v = g.values;
  if (g.kind === 'pos') return ['b', `p=${v[1]}`, `p-1=${v[0]}`, `p+1=${v[2]}`, `p-1p=${v[0]}|${v[1]}`, `pp+1=${v[1]}|${v[2]}`, `ty=${v[3]}`];
  if (g.kind === 'shape') return [`s-1s=${v[0]}|${v[1]}`, `ss+1=${v[1]}|${v[2]}`, `cs=${v[3]}|${v[1]}`];
  return [`cap=${v[0]}`, `dl=${v[0]}|${v[1]}`, `dc=${v[0]}|${v[2]}`, `dlc=${v[1]}|${v[2]}`];
}

/**
 * Receives a token's context features as visitContext() reads them: each keyed group with its
 * values, then each of the rest as its parts. The tagger sums them as they come (emissions.ts);
 * contextGroups() collects them.
 */
export interface ContextVisitor {
  group(kind: 'pos' | 'shape' | 'capital', a: string, b: string, c: string, d?: string): void;
  part(prefix: string, a: string, b?: string): void;
}

/**
 * The context features of token i, in order: parts of speech, shapes, casing, then word pairs and
 * the rest, handed to `v` one by one, so that summing them allocates nothing per token.
 */
export function visitContext(c: SentenceContext, i: number, v: ContextVisitor): void {
  const t = c.tokens[i]!;
  const me = c.infos[i]!;
  const prev = c.infos[i - 1] ?? BOUNDARY;
  const next = c.infos[i + 1] ?? BOUNDARY;
  v.group('pos', c.tokens[i - 1]?.pos ?? '<s>', t.pos, c.tokens[i + 1]?.pos ?? '<s>', t.type);
  v.group('shape', prev.shape, me.shape, next.shape, c.style);
  if (startsUpper(t.text)) {
    const where = c.style !== 'plain' ? c.style : isInitial(c.tokens, i) ? 'initial' : 'mid';
    const seenLower = c.evidence.lower.has(me.lower) ? 'true' : 'false';
    const seenCap = c.evidence.capitalised.has(me.lower) ? 'true' : 'false';
    v.group('capital', where, seenLower, seenCap);
  }
  v.part('w-1w', prev.lower, me.lower);
  v.part('ww+1', me.lower, next.lower);
  // In a list ("Google, Facebook, Yahoo and Microsoft") the items around a word share its kind.
  if (LIST_JOINERS.has(prev.lower)) for (const tag of (c.infos[i - 2] ?? BOUNDARY).tags) v.part('gl', tag);
  if (LIST_JOINERS.has(next.lower)) for (const tag of (c.infos[i + 2] ?? BOUNDARY).tags) v.part('gl', tag);
  for (const tag of c.phrases[i]!) v.part('mw', tag);
  const head = c.appositions[i];
  if (head) {
    v.part('ap', head);
    v.part('apk', HEAD_KINDS.get(head) ?? 'other');
  }
}

/** A keyed group's values as a list: three, or four when the fourth is given. */
export function groupValues(a: string, b: string, c: string, d?: string): string[] {
  return d === undefined ? [a, b, c] : [a, b, c, d];
}

/** The context feature groups of token i: parts of speech, shapes, casing, then word pairs and the rest. */
export function contextGroups(c: SentenceContext, i: number): FeatureGroup[] {
  const groups: FeatureGroup[] = [];
  const rest: FeaturePart[] = [];
  visitContext(c, i, {
    group: (kind, a, b, cc, d) => groups.push({ kind, values: groupValues(a, b, cc, d) }),
    part: (prefix, a, b) => rest.push(b === undefined ? [prefix, a] : [prefix, a, b]),
  });
  groups.push({ kind: 'rest', parts: rest });
  return groups;
}

/** Features of token i that depend on its context: word pairs, parts of speech, lists, casing, the document. */
export function contextFeatures(c: SentenceContext, i: number): string[] {
  return contextGroups(c, i).flatMap(groupStrings);
}

/**
 * The feature strings of every token of one sentence: the word's own, each neighbour's (OFFSETS
 * order), then the context's. The tagger sums the same groups (emissions.ts), caching the
 * word-only ones per word.
 */
export function sentenceFeatures(tokens: readonly TagToken[], evidence: DocumentEvidence): string[][] {
  const c = sentenceContext(tokens, evidence);
  return tokens.map((_, i) => [
    ...selfFeatures(c.infos[i]!),
    ...OFFSETS.flatMap((o) => neighbourFeatures(c.infos[i + o] ?? BOUNDARY, o)),
    ...contextFeatures(c, i),
  ]);
}
