/**
 * Span arithmetic and the one-to-one matcher every scorer shares, so the thresholds and the
 * tie-breaking rule are written once.
 */

export interface Range {
  start: number;
  end: number;
}

/** Characters two half-open ranges share. */
export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Shared characters as a share of the LONGER range (the eval README's rule); 0 for empty ranges. */
export function overlapRatio(a: Range, b: Range): number {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer > 0 ? overlap(a, b) / longer : 0;
}

/** Smallest range covering both. */
export function hull(a: Range, b: Range): Range {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

export interface Pair {
  pred: number;
  gold: number;
  score: number;
}

/**
 * Greedy one-to-one matching: every (pred, gold) pair whose score passes `accept` is taken in
 * order of decreasing score, skipping items already used. Ties go to the earlier gold, then the
 * earlier prediction, so results do not depend on sort stability.
 */
export function greedyMatch<P, G>(
  preds: readonly P[],
  golds: readonly G[],
  score: (p: P, g: G) => number,
  accept: (score: number) => boolean,
): Pair[] {
  const candidates: Pair[] = [];
  preds.forEach((p, pi) => {
    golds.forEach((g, gi) => {
      const s = score(p, g);
      if (s > 0 && accept(s)) candidates.push({ pred: pi, gold: gi, score: s });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.gold - y.gold || x.pred - y.pred);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedP.has(c.pred) || usedG.has(c.gold)) continue;
    usedP.add(c.pred);
    usedG.add(c.gold);
    pairs.push(c);
  }
  return pairs;
}

/** Counts behind precision and recall, kept apart because per-class matches differ per side. */
export interface Counts {
  /** Predictions that found a partner. */
  matchedPred: number;
  pred: number;
  /** Gold items that found a partner. */
  matchedGold: number;
  gold: number;
}

export interface Accuracy {
  correct: number;
  total: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ matchedPred: 0, pred: 0, matchedGold: 0, gold: 0 });
export const emptyAccuracy = (): Accuracy => ({ correct: 0, total: 0 });

/** Division that gives 0, not NaN, on an empty denominator: an empty set scores 0. */
export function ratio(num: number, den: number): number {
  return den > 0 ? num / den : 0;
}

export function prf(c: Counts): Prf {
  const p = ratio(c.matchedPred, c.pred);
  const r = ratio(c.matchedGold, c.gold);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

export function addCounts(into: Counts, c: Counts): void {
  into.matchedPred += c.matchedPred;
  into.pred += c.pred;
  into.matchedGold += c.matchedGold;
  into.gold += c.gold;
}

export function addAccuracy(into: Accuracy, a: Accuracy): void {
  into.correct += a.correct;
  into.total += a.total;
}
