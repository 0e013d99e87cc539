/**
 * Binary logistic regression over sparse binary features, trained by AdaGrad with L2 regularisation
 * on the features each example holds. Examples are visited in a seeded shuffled order, so the
 * weights are the same on every run and machine.
 */
import { mulberry32 } from '../seeded-random.js';

export interface Example {
  /** Feature ids, each present once. */
  features: Int32Array;
  label: 0 | 1;
}

export interface LogisticOptions {
  epochs: number;
  /** L2 penalty per update on the features of the example. */
  l2: number;
  /** AdaGrad's base step. */
  rate: number;
  seed: number;
}

export interface LogisticModel {
  bias: number;
  w: Float64Array;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function score(m: LogisticModel, features: Int32Array): number {
  let z = m.bias;
  for (const f of features) z += m.w[f]!;
  return sigmoid(z);
}

export function trainLogistic(examples: readonly Example[], featureCount: number, o: LogisticOptions): LogisticModel {
  const w = new Float64Array(featureCount);
  const g2 = new Float64Array(featureCount).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = mulberry32(o.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = examples[i]!;
      let z = bias;
      for (const f of x.features) z += w[f]!;
      const err = sigmoid(z) - x.label;
      biasG2 += err * err;
      bias -= (o.rate / Math.sqrt(biasG2)) * err;
      for (const f of x.features) {
        const g = err + o.l2 * w[f]!;
        g2[f]! += g * g;
        w[f]! -= (o.rate / Math.sqrt(g2[f]!)) * g;
      }
    }
  }
  return { bias, w };
}
