/**
 * Exact decoding of a first-order label sequence: the labels that maximise emission plus
 * transition scores, among the sequences labels.ts allows.
 */
import { LABEL_COUNT, allowed, allowedLast } from './labels.js';

const L = LABEL_COUNT;
/** For each label, the labels that may come before it (BILOU leaves 5 to 13 of the 17). */
const PREDECESSORS: number[][] = Array.from({ length: L }, (_, b) => Array.from({ length: L }, (_, a) => a).filter((a) => allowed(a, b)));
const MAY_START: boolean[] = Array.from({ length: L }, (_, b) => allowed(-1, b));
const MAY_END: boolean[] = Array.from({ length: L }, (_, a) => allowedLast(a));

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
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    for (let y = 0; y < L; y++) {
      const before = PREDECESSORS[y]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < before.length; k++) {
        const a = before[k]!;
        const s = score[prev + a]! + transitions[(a + 1) * L + y]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * L + y] = best + emissions[i * L + y]!;
      back[i * L + y] = arg;
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
