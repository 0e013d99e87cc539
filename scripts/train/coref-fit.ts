/**
 * Fitting and scoring the pronoun ranker: a conditional logit model (softmax over one pronoun's
 * candidates) trained by full-batch AdaGrad with L2 regularisation, maximising the probability of
 * the candidates that are the gold name; and GAP's score (F1 of the coreferent class over the A and
 * B decisions, by the pronoun's gender) of a ranker's choices. No randomness: the same examples give
 * the same weights.
 */
import type { CorefRecord, Decision } from './coref-data.js';
import { mulberry32 } from '../seeded-random.js';

export interface FitSettings {
  l2: number;
  iterations: number;
  rate: number;
}

/** The settings the shipped model is trained with (the L2 penalty chosen by nested cross-validation; see coref.ts). */
export const CHOSEN: FitSettings & { folds: number; seed: number; grid: readonly number[] } = {
  l2: 0.01, iterations: 300, rate: 0.1, folds: 5, seed: 16, grid: [0.003, 0.01, 0.03],
};

const dot = (w: Float64Array, x: Float64Array) => {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += w[i]! * x[i]!;
  return z;
};

/** The decisions a model can learn from: a gold candidate and another. */
function learnable(d: Decision | null): d is Decision {
  if (!d) return false;
  const gold = d.isA.map((a, i) => a || d.isB[i]!);
  return gold.some(Boolean) && gold.some((g) => !g);
}

export function fit(records: readonly CorefRecord[], dims: number, s: FitSettings): Float64Array {
  const data = records.filter((r) => learnable(r.decision)).map((r) => {
    const d = r.decision!;
    return { xs: d.xs, gold: d.isA.map((a, i) => (a && r.goldA) || (d.isB[i]! && r.goldB)) };
  }).filter((e) => e.gold.some(Boolean) && e.gold.some((g) => !g));
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  const grad = new Float64Array(dims);
  for (let it = 0; it < s.iterations; it++) {
    grad.fill(0);
    for (const e of data) {
      const z = e.xs.map((x) => dot(w, x));
      const max = Math.max(...z);
      const p = z.map((v) => Math.exp(v - max));
      const total = p.reduce((a, b) => a + b, 0);
      const goldTotal = p.reduce((a, v, i) => a + (e.gold[i] ? v : 0), 0);
      e.xs.forEach((x, i) => {
        const diff = p[i]! / total - (e.gold[i] ? p[i]! / goldTotal : 0);
        for (let k = 0; k < dims; k++) grad[k]! += diff * x[k]!;
      });
    }
    for (let k = 0; k < dims; k++) {
      const g = grad[k]! / data.length + s.l2 * w[k]!;
      g2[k]! += g * g;
      w[k]! -= (s.rate / Math.sqrt(g2[k]!)) * g;
    }
  }
  return w;
}

/** The ranker's choice for a decision, as LinearPronounRanker makes it: the best-scoring candidate, the rules' choice on a tie. */
export function choose(w: Float64Array, d: Decision): number {
  let best = d.ruleChoice;
  let bestScore = dot(w, d.xs[best]!);
  d.xs.forEach((x, i) => {
    const z = dot(w, x);
    if (z > bestScore) [best, bestScore] = [i, z];
  });
  return best;
}

export interface Counts {
  gold: number;
  pred: number;
  hit: number;
}

export interface GapScore {
  masculine: Counts;
  feminine: Counts;
}

/** GAP's counts over records, each decided by `pick` (a candidate index) when the ranker is asked, else as extract decides. */
export function gapScore(records: readonly CorefRecord[], pick: (r: CorefRecord) => number | null): GapScore {
  const out: GapScore = { masculine: { gold: 0, pred: 0, hit: 0 }, feminine: { gold: 0, pred: 0, hit: 0 } };
  for (const r of records) {
    const c = out[r.gender];
    const k = r.decision ? pick(r) : null;
    const a = k === null ? r.baseA : r.decision!.isA[k]!;
    const b = k === null ? r.baseB : r.decision!.isB[k]!;
    for (const [pred, gold] of [[a, r.goldA], [b, r.goldB]] as const) {
      if (pred) c.pred++;
      if (gold) c.gold++;
      if (pred && gold) c.hit++;
    }
  }
  return out;
}

export function f1(c: Counts): number {
  const p = c.pred ? c.hit / c.pred : 0;
  const r = c.gold ? c.hit / c.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export const sum = (a: Counts, b: Counts): Counts => ({ gold: a.gold + b.gold, pred: a.pred + b.pred, hit: a.hit + b.hit });

/** Records split into folds by a seeded shuffle of the records. */
export function foldsOf<T>(items: readonly T[], k: number, seed: number): T[][] {
  const random = mulberry32(seed);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const folds: T[][] = Array.from({ length: k }, () => []);
  order.forEach((i, n) => folds[n % k]!.push(items[i]!));
  return folds;
}
