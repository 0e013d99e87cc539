/**
 * Runs the trained entity tagger over an analysed document: features per token (features.ts),
 * emission scores from the model (model.ts), the best label sequence per sentence (viterbi.ts),
 * and the spans those labels make, as character offsets.
 */
import type { AnalysedDocument } from '../../document/analyse.js';
import { documentEvidence, sentenceFeatures } from './features.js';
import { LABEL_COUNT, decode, type EntityClass } from './labels.js';
import { loadModel, scoreToken, type Model, type StoredModel } from './model.js';
import { sentenceTokens, type PlacedToken } from './tokens.js';
import { viterbi } from './viterbi.js';
import stored from './weights.json';

export interface TaggedSpan {
  /** Indexes of the first and last token in the document's token list. */
  first: number;
  last: number;
  start: number;
  end: number;
  type: EntityClass;
}

let model: Model | null = null;

/** The shipped model, unpacked on first use. */
export function shippedModel(): Model {
  model ??= loadModel(stored as StoredModel);
  return model;
}

/** The labels of one sentence's tokens under `model`. */
export function labelSentence(model: Model, features: readonly (readonly string[])[]): number[] {
  const n = features.length;
  const emissions = new Float32Array(n * LABEL_COUNT);
  const row = new Float32Array(LABEL_COUNT);
  for (let i = 0; i < n; i++) {
    scoreToken(model, features[i]!, row);
    emissions.set(row, i * LABEL_COUNT);
  }
  return viterbi(emissions, n, model.transitions);
}

/** Entity spans of sentences of tokens, in text order. */
export function tagSentences(sentences: readonly PlacedToken[][], m: Model = shippedModel()): TaggedSpan[] {
  const evidence = documentEvidence(sentences);
  const out: TaggedSpan[] = [];
  for (const tokens of sentences) {
    const labels = labelSentence(m, sentenceFeatures(tokens, evidence));
    for (const s of decode(labels)) out.push({ first: tokens[s.first]!.index, last: tokens[s.last]!.index, start: tokens[s.first]!.start, end: tokens[s.last]!.end, type: s.type });
  }
  return out;
}

/** Entity spans of a document. */
export function tagDocument(doc: Pick<AnalysedDocument, 'norm' | 'tokens'>): TaggedSpan[] {
  return tagSentences(sentenceTokens(doc));
}
