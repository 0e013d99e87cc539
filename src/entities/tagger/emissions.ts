/**
 * The first stage's emission scores of a sentence, summed as features.ts groups the features: what
 * a word gives on its own and as each neighbour depends on the word alone, so those sums are made
 * once per word and model and kept (most words of an article recur, and common words recur in every
 * article), and so are those of context groups that depend on a few short values (features.ts:
 * contextGroups), kept in maps one value deep per level so that no key string is built per token.
 * Word pairs and rarer features are looked up token by token, by their parts, without joining them
 * into strings. The result equals the sum of every feature of sentenceFeatures(), in the same order.
 */
import { BOUNDARY, OFFSETS, PART_PREFIXES, groupStrings, groupValues, neighbourFeatures, selfFeatures, sentenceContext, visitContext, type ContextVisitor, type DocumentEvidence, type TagToken, type WordInfo } from './features.js';
import { LABEL_COUNT } from './labels.js';
import type { Model } from './model.js';

const L = LABEL_COUNT;
/** Words (and, apart, group values) kept per model before the cache starts again: about 1.4 KB a word. */
const MAX_WORDS = 20_000;

/** Adds the weights of `features` under `model` to out[at .. at + L). */
export function addFeatures(model: Model, features: readonly string[], out: Float32Array, at: number): void {
  for (const name of features) addFeature(model, model.index.get(name), out, at);
}

/** A word's sums: its own features, then as the neighbour at each of OFFSETS, L numbers each. */
type WordSums = Float32Array;

/** Values to sums, one level of map per value, so no key string is built per token. */
type SumTree = Map<string, SumTree | Float32Array>;

/** What is kept per model: word sums, group sums per kind, and the features given as parts. */
interface ModelCache {
  words: Map<string, WordSums>;
  groups: Record<'pos' | 'shape' | 'capital', SumTree>;
  groupSize: number;
  /** prefix → value → feature ([prefix, a]); twoParts: prefix → a → b → feature ([prefix, a, b]). */
  oneParts: Map<string, Map<string, number>>;
  twoParts: Map<string, Map<string, Map<string, number>>>;
}

const caches = new WeakMap<Model, ModelCache>();

/**
 * Indexes the model's features of PART_PREFIXES by their parts. A value may itself hold '|', so a
 * two-part feature is entered at every '|' it holds: a lookup of (a, b) finds it exactly when
 * `a|b` is its value, as a lookup of the joined string would.
 */
function modelCache(model: Model): ModelCache {
  let cache = caches.get(model);
  if (cache) return cache;
  const prefixes = new Set(PART_PREFIXES);
  const oneParts = new Map<string, Map<string, number>>();
  const twoParts = new Map<string, Map<string, Map<string, number>>>();
  for (const [name, f] of model.index) {
    const eq = name.indexOf('=');
    const prefix = name.slice(0, eq);
    if (eq < 0 || !prefixes.has(prefix)) continue;
    const value = name.slice(eq + 1);
    mapOf(oneParts, prefix).set(value, f);
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      mapOf(mapOf(twoParts, prefix), value.slice(0, bar)).set(value.slice(bar + 1), f);
    }
  }
  cache = { words: new Map(), groups: { pos: new Map(), shape: new Map(), capital: new Map() }, groupSize: 0, oneParts, twoParts };
  caches.set(model, cache);
  return cache;
}

function mapOf<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  return m;
}

/** Adds the weights of feature `f` (if it is one) to out[at .. at + L). */
function addFeature(model: Model, f: number | undefined, out: Float32Array, at: number): void {
  if (f === undefined) return;
  for (let k = model.offsets[f]!; k < model.offsets[f + 1]!; k++) out[at + model.pairLabels[k]!]! += model.pairWeights[k]!;
}

/** The sums of a keyed group's values (three or four), made from its strings the first time they are met. */
function groupSums(model: Model, cache: ModelCache, kind: 'pos' | 'shape' | 'capital', a: string, b: string, c: string, d?: string): Float32Array {
  // One level of the tree per value but the last, which keys the sums.
  const root = cache.groups[kind];
  const node = d === undefined ? child(child(root, a), b) : child(child(child(root, a), b), c);
  const last = d === undefined ? c : d;
  let sums = node.get(last) as Float32Array | undefined;
  if (sums) return sums;
  sums = new Float32Array(L);
  addFeatures(model, groupStrings({ kind, values: groupValues(a, b, c, d) }), sums, 0);
  if (cache.groupSize >= MAX_WORDS) {
    cache.groups = { pos: new Map(), shape: new Map(), capital: new Map() };
    cache.groupSize = 0;
    return sums;
  }
  cache.groupSize++;
  node.set(last, sums);
  return sums;
}

/** The subtree of `node` under `value`, made if missing. */
function child(node: SumTree, value: string): SumTree {
  let next = node.get(value) as SumTree | undefined;
  if (!next) node.set(value, (next = new Map()));
  return next;
}

function wordSums(model: Model, cache: ModelCache, key: string, w: WordInfo): WordSums {
  let sums = cache.words.get(key);
  if (sums) return sums;
  sums = new Float32Array(L * (1 + OFFSETS.length));
  addFeatures(model, selfFeatures(w), sums, 0);
  OFFSETS.forEach((o, k) => addFeatures(model, neighbourFeatures(w, o), sums!, L * (k + 1)));
  if (cache.words.size >= MAX_WORDS) cache.words.clear();
  cache.words.set(key, sums);
  return sums;
}

/** Emission scores of one sentence under the first-stage `model`: tokens × labels. */
export function sentenceScores(model: Model, tokens: readonly TagToken[], evidence: DocumentEvidence): Float32Array {
  const cache = modelCache(model);
  const c = sentenceContext(tokens, evidence);
  const n = tokens.length;
  // The text is the key: a word's lower case, shape and tags all follow from it. The edge of the
  // sentence has a key no token can have.
  const sums = tokens.map((t, i) => wordSums(model, cache, t.text, c.infos[i]!));
  const edge = wordSums(model, cache, '\u0000edge', BOUNDARY);
  const out = new Float32Array(n * L);
  // Context features are summed as visitContext() reads them, into the token at `at`.
  let at = 0;
  const visitor: ContextVisitor = {
    group(kind, a, b, cc, d) {
      const s = groupSums(model, cache, kind, a, b, cc, d);
      for (let y = 0; y < L; y++) out[at + y]! += s[y]!;
    },
    part(prefix, a, b) {
      addFeature(model, b === undefined ? cache.oneParts.get(prefix)?.get(a) : cache.twoParts.get(prefix)?.get(a)?.get(b), out, at);
    },
  };
  for (let i = 0; i < n; i++) {
    at = i * L;
    const own = sums[i]!;
    for (let y = 0; y < L; y++) out[at + y] = own[y]!;
    for (let k = 0; k < OFFSETS.length; k++) {
      const s = sums[i + OFFSETS[k]!] ?? edge;
      const from = L * (k + 1);
      for (let y = 0; y < L; y++) out[at + y]! += s[from + y]!;
    }
    visitContext(c, i, visitor);
  }
  return out;
}
