/**
 * A learned ranker for "he" and "she" (and their object and possessive forms): a conditional logit
 * model (a softmax over the candidates of one pronoun) that weighs the features of every candidate
 * the rules let through, the rules' own score and choice among them. Its weights are trained by
 * scripts/train/coref.ts (`npm run train:coref`) and shipped in two files: pronoun-weights.json,
 * trained on texts alone, and pronoun-weights-titled.json, trained on texts with their titles (its
 * title features, title.ts, carry weight); the sieve falls back to the rules' choice when a model has
 * no weights.
 */
import stored from './pronoun-weights.json';
import storedTitled from './pronoun-weights-titled.json';
import { FEATURE_NAMES, type CandidateFeatures } from './pronoun-features.js';
import type { Referent } from './salience.js';

/** The stored form, as the trainer writes it. */
export interface StoredPronounModel {
  format: 1;
  /** How the weights were made: the trainer's settings, for the record. */
  trained: Record<string, string | number>;
  /** Weight of each feature by name; a feature not listed weighs 0. */
  weights: Record<string, number>;
}

/** Chooses among the candidates of one pronoun, or records them (the trainer's view). */
export interface PronounRanker {
  /**
   * The index of the chosen candidate, given each one's features; `ruleChoice` is the rules' pick,
   * `at` the pronoun's offset and the candidates themselves (what a trainer labels them by).
   */
  choose(candidates: readonly CandidateFeatures[], ruleChoice: number, at: { start: number; referents: readonly Referent[] }): number;
}

export class LinearPronounRanker implements PronounRanker {
  private readonly w: Float64Array;

  constructor(model: StoredPronounModel) {
    if (model.format !== 1) throw new Error('newsclaims: the pronoun model does not match this version');
    this.w = Float64Array.from(FEATURE_NAMES, (n) => model.weights[n] ?? 0);
  }

  /** The model's score of one candidate: higher is likelier. */
  score(x: CandidateFeatures): number {
    let z = 0;
    for (let i = 0; i < x.length; i++) z += this.w[i]! * x[i]!;
    return z;
  }

  choose(candidates: readonly CandidateFeatures[], ruleChoice: number): number {
    // On a tie the rules' choice stands, then the earlier candidate (the discourse's order): deterministic.
    let best = ruleChoice;
    let bestScore = this.score(candidates[ruleChoice]!);
    candidates.forEach((x, i) => {
      const s = this.score(x);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    return best;
  }
}

/** The rules' choice, unchanged: what the stage does without a model. */
export const RULES_ONLY: PronounRanker = { choose: (_c, ruleChoice) => ruleChoice };

const shipped = (model: StoredPronounModel): PronounRanker => (Object.keys(model.weights).length ? new LinearPronounRanker(model) : RULES_ONLY);

/** The shipped model for texts without a title. */
export const SHIPPED_RANKER: PronounRanker = shipped(stored as StoredPronounModel);
/** The shipped model for texts with a title. */
export const SHIPPED_TITLED_RANKER: PronounRanker = shipped(storedTitled as StoredPronounModel);

/** The shipped ranker for a document: the one trained with titles when its title holds words that may be names. */
export function shippedRanker(titled: boolean): PronounRanker {
  return titled ? SHIPPED_TITLED_RANKER : SHIPPED_RANKER;
}
