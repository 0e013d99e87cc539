/**
 * Timex scoring (TempEval-3, MEANTIME): detection strict (exact span) and relaxed (any overlap,
 * one-to-one), type and value accuracy over relaxed matches, and TempEval-3's value F1, where a
 * relaxed match counts as a true positive only if its value is right too. TIMEX3 has no range: its
 * annotators mark each end of "Aug 10 - Nov 12, 2011" as a timex of its own, so a range is scored
 * as its two ends, each with its span and value.
 */
import type { DateMention, ExtractResult } from '../../src/types.js';
import type { ItemError } from './errors.js';
import type { GoldTimex } from './gold.js';
import { type Accuracy, type Counts, greedyMatch, overlap } from './spans.js';

export interface TimexScore {
  strict: Counts;
  relaxed: Counts;
  /** Relaxed matches whose type is right, over all relaxed matches. */
  type: Accuracy;
  /** Relaxed matches whose value equals the gold value, over all relaxed matches. */
  value: Accuracy;
  /** TempEval-3 value F1: true positives are relaxed matches with the right value. */
  valueF1: Counts;
  errors: ItemError[];
}

/** The dates as TIMEX3 annotates them: a range as its two ends. */
export function timexesOf(result: ExtractResult): Array<Pick<DateMention, 'start' | 'end' | 'type' | 'value'>> {
  return result.dates.flatMap((d) => (d.range ? [{ ...d.range.from, type: d.type }, { ...d.range.to, type: d.type }] : [d]));
}

export function scoreDates(gold: GoldTimex[], result: ExtractResult): TimexScore {
  const preds = timexesOf(result);
  // Most shared characters first, so a long prediction is paired with the gold it covers best.
  const relaxedPairs = greedyMatch(preds, gold, overlap, (s) => s > 0);
  const strictPairs = greedyMatch(preds, gold, (p, g) => (p.start === g.start && p.end === g.end ? 1 : 0), (s) => s > 0);
  const count = (n: number): Counts => ({ matchedPred: n, pred: preds.length, matchedGold: n, gold: gold.length });

  const errors: ItemError[] = [];
  let typeOk = 0;
  let valueOk = 0;
  for (const { pred, gold: gi } of relaxedPairs) {
    const p = preds[pred]!;
    const g = gold[gi]!;
    if (p.type === g.type) typeOk++;
    else errors.push({ error: 'wrong-type', start: g.start, end: g.end, label: g.type, expected: g.type, got: p.type });
    if (p.value === g.value) valueOk++;
    else errors.push({ error: 'wrong-value', start: g.start, end: g.end, label: g.type, expected: g.value, got: p.value });
  }
  const predHit = new Set(relaxedPairs.map((p) => p.pred));
  const goldHit = new Set(relaxedPairs.map((p) => p.gold));
  preds.forEach((p, i) => {
    if (!predHit.has(i)) errors.push({ error: 'false-positive', start: p.start, end: p.end, label: p.type, got: p.value });
  });
  gold.forEach((g, i) => {
    if (!goldHit.has(i)) errors.push({ error: 'false-negative', start: g.start, end: g.end, label: g.type, expected: g.value });
  });

  const n = relaxedPairs.length;
  return {
    strict: count(strictPairs.length),
    relaxed: count(n),
    type: { correct: typeOk, total: n },
    value: { correct: valueOk, total: n },
    valueF1: count(valueOk),
    errors,
  };
}
