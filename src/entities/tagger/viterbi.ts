/**
 * Exact decoding of a first-order label sequence: the labels that maximise emission plus
 * transition scores, among the sequences labels.ts allows.
 */
import { LABEL_COUNT, allowed, allowedLast } from './labels.js';

const L = LABEL_COUNT;
const ALLOWED: boolean[] = [];
for (let a = -1; a < L; a++) for (let b = 0; b < L; b++) ALLOWED[(a + 1) * L + b] = allowed(a, b);
const ALLOWED_LAST: boolean[] = Array.from({ length: L }, (_, a) => allowedLast(a));

/**
 * `emissions[i * L + y]`: the score of label y at token i; `transitions[(a + 1) * L + b]`: of b after a
 * (row 0: after the sentence start). Returns the best labels, one per token.
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: ArrayLike<number>): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? emissions[y]! + transitions[y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        if (!ALLOWED[(a + 1) * L + y]) continue;
        const s = score[(i - 1) * L + a]! + transitions[(a + 1) * L + y]!;
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
    if (ALLOWED_LAST[a] && s > best) {
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
