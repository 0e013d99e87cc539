/**
 * First-stage labels and scores for the training documents that a model trained on them could not
 * give: the documents are split into k folds, and each fold is labelled by a model trained on the
 * other folds (jackknifing, as Krishnan & Manning 2006 did for their second stage). Labels from the
 * model trained on everything would be nearly perfect on its own training data, and the second
 * stage would learn to trust them more than it should. Copies of one record (layouts) share a fold.
 */
import { viterbi } from '../../src/entities/tagger/viterbi.js';
import { emissions, train, type Sentence, type TrainOptions } from './perceptron.js';
import { quantise } from './serialise.js';

export interface FirstStageOutput {
  /** Per document, per sentence: emission scores (tokens × labels) and labels. */
  scores: Float32Array[][];
  labels: number[][][];
}

export function jackknife(
  docs: readonly { record: number; sentences: readonly Sentence[] }[],
  featureCount: number, folds: number, o: TrainOptions, prune: number, log: (s: string) => void,
): FirstStageOutput {
  const scores: Float32Array[][] = docs.map(() => []);
  const labels: number[][][] = docs.map(() => []);
  for (let fold = 0; fold < folds; fold++) {
    const t0 = performance.now();
    const inFold = (record: number) => record % folds === fold;
    const rest = docs.filter((d) => !inFold(d.record)).flatMap((d) => d.sentences);
    const avg = train(rest, featureCount, o).averaged();
    const q = quantise(avg.w, avg.trans, prune);
    docs.forEach((d, di) => {
      if (!inFold(d.record)) return;
      for (const s of d.sentences) {
        const e = Float32Array.from(emissions(s, q.w));
        scores[di]!.push(e);
        labels[di]!.push(viterbi(e, s.features.length, q.trans));
      }
    });
    log(`fold ${fold + 1}/${folds}: ${rest.length} sentences, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { scores, labels };
}
