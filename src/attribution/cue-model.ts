/**
 * The cue classifier: a logistic regression over the feature strings of cue-features.ts, which
 * says how likely a candidate cue attributes the claim built from it. Its weights, decision
 * threshold and the cue rates it reads are trained by scripts/train/cues.ts (`npm run train:cues`)
 * and shipped in cue-weights.json.
 */
import stored from './cue-weights.json';

/** The stored form, as the trainer writes it. */
export interface StoredCueModel {
  format: 1;
  /** How the weights were made: the trainer's settings, for the record. */
  trained: Record<string, string | number>;
  bias: number;
  /** A candidate attributes when its probability is at least this. */
  threshold: number;
  /** Weight of each feature string; a feature not listed weighs 0. */
  weights: Record<string, number>;
  /** Cue rate of each cue word (`class:word`): the share of its uses in annotated news that are cues. */
  rates: Record<string, number>;
}

export class CueModel {
  private readonly weights: Map<string, number>;
  private readonly rates: Map<string, number>;
  readonly bias: number;
  readonly threshold: number;

  constructor(model: StoredCueModel) {
    if (model.format !== 1) throw new Error('newsclaims: the cue model does not match this version');
    this.weights = new Map(Object.entries(model.weights));
    this.rates = new Map(Object.entries(model.rates));
    this.bias = model.bias;
    this.threshold = model.threshold;
  }

  /** The cue rate of a word, or undefined when it was seen too rarely to have one. */
  rate(key: string): number | undefined {
    return this.rates.get(key);
  }

  /** The probability that a candidate with these features (and those of `more`) attributes its claim. */
  probability(features: readonly string[], more: readonly string[] = []): number {
    let z = this.bias;
    for (const f of features) z += this.weights.get(f) ?? 0;
    for (const f of more) z += this.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  }
}

let shipped: CueModel | null = null;

/** The model shipped with the package, loaded on first use. */
export function defaultCueModel(): CueModel {
  shipped ??= new CueModel(stored as StoredCueModel);
  return shipped;
}
