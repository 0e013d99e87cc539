/**
 * The tagger's weights: a linear model over feature strings, one weight per (feature, label) pair
 * that training gave a weight, plus label-to-label transition weights. Stored compactly in
 * weights.json (written by scripts/train/ner.ts): the feature strings joined by newlines, and per
 * feature its (label, weight) pairs as two characters each, features parted by a space. A label is
 * a letter (A = label 0); a weight is one of 90 levels, square-root companded (fine near zero,
 * coarse for the few large weights), as one printable character. Characters, not base64 bytes, let
 * gzip see how skewed the levels are: the file ships in the browser bundle.
 */
import { LABEL_COUNT } from './labels.js';

/** The stored form, as the trainer writes it. */
export interface StoredModel {
  format: 2;
  labels: string[];
  /** A level q stands for the weight sign(q) × (|q| / scale)². */
  scale: number;
  /** Feature strings, one per line. */
  features: string;
  /** Per feature, in the order of `features`, its pairs (label letter, level character); features parted by a space. */
  pairs: string;
  /** (LABEL_COUNT + 1) × LABEL_COUNT levels: row 0 from the sentence start, row a + 1 from label a. */
  transitions: string;
}

export interface Model {
  index: Map<string, number>;
  /** Pairs of feature f are offsets[f] .. offsets[f + 1]. */
  offsets: Uint32Array;
  pairLabels: Uint8Array;
  pairWeights: Float32Array;
  transitions: Float32Array;
}

/**
 * The 91 printable ASCII characters that stand for levels -45..45, in order: no space (it parts
 * features), and no quote or backslash, so JSON keeps them as they are; '~' is left out to make
 * the count odd.
 */
export const LEVEL_CHARS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => !' "\\~'.includes(c)).join('');
export const MAX_LEVEL = (LEVEL_CHARS.length - 1) / 2;

/** The weight a level character stands for. */
export function levelWeight(ch: string, scale: number): number {
  const q = LEVEL_CHARS.indexOf(ch) - MAX_LEVEL;
  return Math.sign(q) * (q / scale) ** 2;
}

export function loadModel(stored: StoredModel): Model {
  if (stored.format !== 2 || stored.labels.length !== LABEL_COUNT) throw new Error('newsclaims: the entity model does not match this version');
  const names = stored.features.split('\n');
  const groups = stored.pairs.split(' ');
  if (groups.length !== names.length) throw new Error('newsclaims: the entity model is damaged');
  const index = new Map<string, number>();
  const offsets = new Uint32Array(names.length + 1);
  const total = (stored.pairs.length - (groups.length - 1)) / 2;
  const pairLabels = new Uint8Array(total);
  const pairWeights = new Float32Array(total);
  const weights = new Map<string, number>();
  for (const ch of LEVEL_CHARS) weights.set(ch, levelWeight(ch, stored.scale));
  let k = 0;
  for (let f = 0; f < names.length; f++) {
    index.set(names[f]!, f);
    const g = groups[f]!;
    for (let j = 0; j < g.length; j += 2, k++) {
      pairLabels[k] = g.charCodeAt(j) - 65;
      pairWeights[k] = weights.get(g[j + 1]!)!;
    }
    offsets[f + 1] = k;
  }
  const transitions = Float32Array.from(stored.transitions, (ch) => weights.get(ch)!);
  return { index, offsets, pairLabels, pairWeights, transitions };
}
