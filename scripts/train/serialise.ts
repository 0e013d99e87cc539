/**
 * Turns trained weights into the stored form of src/entities/tagger/model.ts: weights below
 * `prune` (in absolute value) dropped, the rest as square-root companded levels, features sorted
 * by name so the file compresses well and is the same whatever order training met them in.
 */
import { LEVEL_CHARS, MAX_LEVEL, levelWeight, type StoredModel } from '../../src/entities/tagger/model.js';

/** The level of each weight: level q stands for sign(q) (q / scale)^2; the largest weight gets the top level. */
function levels(w: Float64Array, trans: Float64Array): { scale: number; level: (x: number) => number } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  for (const x of trans) max = Math.max(max, Math.abs(x));
  const scale = MAX_LEVEL / Math.sqrt(max);
  return { scale, level: (x: number) => Math.sign(x) * Math.round(Math.sqrt(Math.abs(x)) * scale) };
}

const char = (q: number) => LEVEL_CHARS[q + MAX_LEVEL]!;

export function serialise(names: string[], w: Float64Array, trans: Float64Array, labels: readonly string[], prune: number): StoredModel {
  const L = labels.length;
  const { scale, level } = levels(w, trans);
  const order = names.map((_, f) => f).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const kept: string[] = [];
  const groups: string[] = [];
  for (const f of order) {
    let g = '';
    for (let y = 0; y < L; y++) {
      const x = w[f * L + y]!;
      if (Math.abs(x) > prune && level(x) !== 0) g += String.fromCharCode(65 + y) + char(level(x));
    }
    if (g === '') continue;
    kept.push(names[f]!);
    groups.push(g);
  }
  return {
    format: 2, labels: [...labels], scale, features: kept.join('\n'), pairs: groups.join(' '),
    transitions: Array.from(trans, (x) => char(level(x))).join(''),
  };
}

/** The weights a model serialised with `prune` stands for once loaded: pruned and companded, without writing it. */
export function quantise(w: Float64Array, trans: Float64Array, prune: number): { w: Float64Array; trans: Float64Array } {
  const { scale, level } = levels(w, trans);
  const value = (x: number) => Math.fround(levelWeight(char(level(x)), scale));
  return {
    w: w.map((x) => (Math.abs(x) > prune && level(x) !== 0 ? value(x) : 0)),
    trans: trans.map(value),
  };
}
