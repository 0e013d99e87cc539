/**
 * The first stage's emission scores of a sentence, summed as features.ts groups the features: what
 * a word gives on its own and as each neighbour depends on the word alone, so those sums are made
 * once per word and model and kept (most words of an article recur, and common words recur in every
 * article), and so are those of context groups that depend on a few short values (features.ts:
 * contextGroups); only word pairs and rarer features are looked up token by token. The result equals the sum of
 * every feature of sentenceFeatures(), up to the order of the additions.
 */
import { BOUNDARY, OFFSETS, contextGroups, neighbourFeatures, selfFeatures, sentenceContext, type DocumentEvidence, type TagToken, type WordInfo } from './features.js';
import { LABEL_COUNT } from './labels.js';
import type { Model } from './model.js';

const L = LABEL_COUNT;
/** Words kept per model before the cache starts again: about 1.4 KB each. */
const MAX_WORDS = 20_000;

/** Adds the weights of `features` under `model` to out[at .. at + L). */
export function addFeatures(model: Model, features: readonly string[], out: Float32Array, at: number): void {
  for (const name of features) {
    const f = model.index.get(name);
    if (f === undefined) continue;
    for (let k = model.offsets[f]!; k < model.offsets[f + 1]!; k++) out[at + model.pairLabels[k]!]! += model.pairWeights[k]!;
  }
}

/** A word's sums: its own features, then as the neighbour at each of OFFSETS, L numbers each. */
type WordSums = Float32Array;

const caches = new WeakMap<Model, Map<string, WordSums>>();
/** Per model, the sums of the context groups that have a key (parts of speech, shapes, casing). */
const groupCaches = new WeakMap<Model, Map<string, Float32Array>>();

function groupSums(model: Model, key: string, strings: () => string[]): Float32Array {
  let cache = groupCaches.get(model);
  if (!cache) groupCaches.set(model, (cache = new Map()));
  let sums = cache.get(key);
  if (sums) return sums;
  sums = new Float32Array(L);
  addFeatures(model, strings(), sums, 0);
  if (cache.size >= MAX_WORDS) cache.clear();
  cache.set(key, sums);
  return sums;
}

function wordSums(model: Model, key: string, w: WordInfo): WordSums {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  let sums = cache.get(key);
  if (sums) return sums;
  sums = new Float32Array(L * (1 + OFFSETS.length));
  addFeatures(model, selfFeatures(w), sums, 0);
  OFFSETS.forEach((o, k) => addFeatures(model, neighbourFeatures(w, o), sums!, L * (k + 1)));
  if (cache.size >= MAX_WORDS) cache.clear();
  cache.set(key, sums);
  return sums;
}

/** Emission scores of one sentence under the first-stage `model`: tokens × labels. */
export function sentenceScores(model: Model, tokens: readonly TagToken[], evidence: DocumentEvidence): Float32Array {
  const c = sentenceContext(tokens, evidence);
  const n = tokens.length;
  // The text is the key: a word's lower case, shape and tags all follow from it. The edge of the
  // sentence has a key no token can have.
  const sums = tokens.map((t, i) => wordSums(model, t.text, c.infos[i]!));
  const edge = wordSums(model, '\u0000edge', BOUNDARY);
  const out = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const at = i * L;
    const own = sums[i]!;
    for (let y = 0; y < L; y++) out[at + y] = own[y]!;
    for (let k = 0; k < OFFSETS.length; k++) {
      const s = sums[i + OFFSETS[k]!] ?? edge;
      const from = L * (k + 1);
      for (let y = 0; y < L; y++) out[at + y]! += s[from + y]!;
    }
    for (const g of contextGroups(c, i)) {
      if (g.key === '') addFeatures(model, g.strings(), out, at);
      else {
        const sums = groupSums(model, g.key, g.strings);
        for (let y = 0; y < L; y++) out[at + y]! += sums[y]!;
      }
    }
  }
  return out;
}
