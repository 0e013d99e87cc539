/**
 * An averaged structured perceptron (Collins 2002) over BILOU labels with exact Viterbi decoding.
 * A sentence may carry fixed emission scores (`base`) that the learnt weights add to: the second
 * stage learns corrections to the first stage's scores, so it only stores what it adds.
 */
import { mulberry32 } from '../seeded-random.js';
import { LABEL_COUNT } from '../../src/entities/tagger/labels.js';
import { viterbi } from '../../src/entities/tagger/viterbi.js';

const L = LABEL_COUNT;

export interface Sentence {
  gold: number[];
  /** Feature ids per token. */
  features: Int32Array[];
  /** Fixed emission scores, tokens × labels, added to the learnt ones. */
  base?: Float32Array;
}

export interface Weights {
  w: Float64Array;
  trans: Float64Array;
}


/** Emission scores of a sentence under weights `w`: its base plus its features' weights. */
export function emissions(s: Sentence, w: Float64Array): Float64Array {
  const n = s.features.length;
  const e = new Float64Array(n * L);
  if (s.base) e.set(s.base);
  for (let i = 0; i < n; i++) {
    for (const f of s.features[i]!) for (let y = 0; y < L; y++) e[i * L + y]! += w[f * L + y]!;
  }
  return e;
}

export function predict(s: Sentence, weights: Weights): number[] {
  return viterbi(emissions(s, weights.w), s.features.length, weights.trans);
}

export class Perceptron {
  readonly w: Float64Array;
  readonly u: Float64Array;
  readonly trans: Float64Array;
  readonly transU = new Float64Array((L + 1) * L);
  c = 1;

  /** `step`: the size of one update; `trans`: the transition scores to start from. */
  constructor(featureCount: number, readonly step = 1, trans?: Float64Array) {
    this.w = new Float64Array(featureCount * L);
    this.u = new Float64Array(featureCount * L);
    this.trans = trans ? Float64Array.from(trans) : new Float64Array((L + 1) * L);
  }

  private bump(f: number, y: number, d: number): void {
    this.w[f * L + y]! += d;
    this.u[f * L + y]! += d * this.c;
  }

  private bumpTrans(a: number, b: number, d: number): void {
    this.trans[(a + 1) * L + b]! += d;
    this.transU[(a + 1) * L + b]! += d * this.c;
  }

  learn(s: Sentence): void {
    const pred = predict(s, this);
    const gold = s.gold;
    const d = this.step;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] !== gold[i]) {
        for (const f of s.features[i]!) {
          this.bump(f, gold[i]!, d);
          this.bump(f, pred[i]!, -d);
        }
      }
      const ga = i === 0 ? -1 : gold[i - 1]!;
      const pa = i === 0 ? -1 : pred[i - 1]!;
      if (ga !== pa || gold[i] !== pred[i]) {
        this.bumpTrans(ga, gold[i]!, d);
        this.bumpTrans(pa, pred[i]!, -d);
      }
    }
    this.c++;
  }

  averaged(): Weights {
    const w = new Float64Array(this.w.length);
    for (let k = 0; k < w.length; k++) w[k] = this.w[k]! - this.u[k]! / this.c;
    const trans = new Float64Array(this.trans.length);
    for (let k = 0; k < trans.length; k++) trans[k] = this.trans[k]! - this.transU[k]! / this.c;
    return { w, trans };
  }
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  step?: number;
  trans?: Float64Array;
}

/** Trains over `sentences` in a seeded shuffled order each epoch; `onEpoch` sees the model after each. */
export function train(sentences: readonly Sentence[], featureCount: number, o: TrainOptions, onEpoch?: (epoch: number, p: Perceptron) => void): Perceptron {
  const model = new Perceptron(featureCount, o.step, o.trans);
  const random = mulberry32(o.seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    // Fisher-Yates with the seeded generator: the same order on every machine.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) model.learn(sentences[i]!);
    onEpoch?.(epoch, model);
  }
  return model;
}
