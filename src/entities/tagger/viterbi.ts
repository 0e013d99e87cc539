/**
 * Exact decoding of a first-order label sequence: the labels that maximise emission plus
 * transition scores, among the sequences labels.ts allows.
 */
import { LABEL_COUNT, allowed, allowedLast } from './labels.js';

const L = LABEL_COUNT;
/** For each label, the labels that may come before it (BILOU leaves 2 or 9 of the 17), flat: those of y are PRED[PRED_AT[y] .. PRED_AT[y + 1]). */
const PRED_AT = new Int32Array(L + 1);
const PRED = Int32Array.from(Array.from({ length: L }, (_, b) => Array.from({ length: L }, (_, a) => a).filter((a) => allowed(a, b))).flatMap((before, b) => {
  PRED_AT[b + 1] = PRED_AT[b]! + before.length;
  return before;
}));
const MAY_START: boolean[] = Array.from({ length: L }, (_, b) => allowed(-1, b));
const MAY_END: boolean[] = Array.from({ length: L }, (_, a) => allowedLast(a));

/** Per transition table, its weights in the order of PRED: the weight of PRED[j] before its label. */
const ordered = new WeakMap<object, Float64Array>();

function predecessorWeights(transitions: ArrayLike<number>): Float64Array {
  let w = ordered.get(transitions);
  if (w) return w;
  w = new Float64Array(PRED.length);
  for (let y = 0; y < L; y++) for (let j = PRED_AT[y]!; j < PRED_AT[y + 1]!; j++) w[j] = transitions[(PRED[j]! + 1) * L + y]!;
  ordered.set(transitions, w);
  return w;
}

/**
 * `emissions[i * L + y]`: the score of label y at token i; `transitions[(a + 1) * L + b]`: of b after a
 * (row 0: after the sentence start). Returns the best labels, one per token. Ties go to the lower
 * label, so the answer is the same on every run.
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: ArrayLike<number>): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = MAY_START[y] ? emissions[y]! + transitions[y]! : -Infinity;
  const weights = predecessorWeights(transitions);
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const here = i * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = PRED_AT[y]!, end = PRED_AT[y + 1]!; j < end; j++) {
        const a = PRED[j]!;
        const s = score[prev + a]! + weights[j]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[here + y] = best + emissions[here + y]!;
      back[here + y] = arg;
    }
  }
  let y = 0;
  let best = -Infinity;
  for (let a = 0; a < L; a++) {
    const s = score[(n - 1) * L + a]!;
    if (MAY_END[a] && s > best) {
      best = s;
      y = a;
    }
  }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y]!;
  }
  return out;
}
