/**
 * Runs the trained entity tagger over an analysed document, in two stages. The first reads each
 * sentence alone: features per token (features.ts), emission scores from the model (model.ts), the
 * best label sequence (viterbi.ts). The second adds to those scores what the first stage said about
 * the same words elsewhere in the document and in the same list (consistency.ts), and decodes again.
 * The spans of the second stage's labels are returned as character offsets.
 */
import type { AnalysedDocument } from '../../document/analyse.js';
import { documentNames, sentenceConsistency } from './consistency.js';
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

/** The shipped file: the first stage's model and the second's (which adds to the first's scores). */
export interface StoredTagger {
  first: StoredModel;
  second: StoredModel | null;
}

export interface Tagger {
  first: Model;
  second: Model | null;
}

let tagger: Tagger | null = null;

export function loadTagger(s: StoredTagger): Tagger {
  return { first: loadModel(s.first), second: s.second ? loadModel(s.second) : null };
}

/** The shipped models, unpacked on first use. */
export function shippedTagger(): Tagger {
  tagger ??= loadTagger(stored as StoredTagger);
  return tagger;
}

/** Emission scores of one sentence's tokens under `model`, tokens × labels, added to `base` if given. */
export function sentenceEmissions(model: Model, features: readonly (readonly string[])[], base?: Float32Array): Float32Array {
  const n = features.length;
  const emissions = new Float32Array(n * LABEL_COUNT);
  const row = new Float32Array(LABEL_COUNT);
  for (let i = 0; i < n; i++) {
    scoreToken(model, features[i]!, row);
    emissions.set(row, i * LABEL_COUNT);
  }
  if (base) for (let k = 0; k < emissions.length; k++) emissions[k]! += base[k]!;
  return emissions;
}

/** The labels of one sentence's tokens under `model` (plus fixed scores `base`, if given). */
export function labelSentence(model: Model, features: readonly (readonly string[])[], base?: Float32Array): number[] {
  return viterbi(sentenceEmissions(model, features, base), features.length, model.transitions);
}

/**
 * Both stages' labels for every sentence of a document. `featuresOf(s)` gives sentence s's
 * first-stage feature strings; they are made one sentence at a time and not kept, so a long
 * document holds only its scores (tokens × labels) between the stages.
 */
export function labelDocument(t: Tagger, sentences: readonly PlacedToken[][], featuresOf: (s: number) => readonly (readonly string[])[]): { first: number[][]; second: number[][] } {
  const scores = sentences.map((_, s) => sentenceEmissions(t.first, featuresOf(s)));
  const first = scores.map((e, s) => viterbi(e, sentences[s]!.length, t.first.transitions));
  if (!t.second) return { first, second: first };
  const names = documentNames(sentences, first);
  const second = sentences.map((tokens, s) => labelSentence(t.second!, sentenceConsistency(names, tokens, s), scores[s]));
  return { first, second };
}

/** Entity spans of sentences of tokens, in text order. */
export function tagSentences(sentences: readonly PlacedToken[][], t: Tagger = shippedTagger()): TaggedSpan[] {
  const evidence = documentEvidence(sentences);
  const { second } = labelDocument(t, sentences, (s) => sentenceFeatures(sentences[s]!, evidence));
  const out: TaggedSpan[] = [];
  sentences.forEach((tokens, s) => {
    for (const span of decode(second[s]!)) out.push({ first: tokens[span.first]!.index, last: tokens[span.last]!.index, start: tokens[span.first]!.start, end: tokens[span.last]!.end, type: span.type });
  });
  return out;
}

/** Entity spans of a document. */
export function tagDocument(doc: Pick<AnalysedDocument, 'norm' | 'tokens'>): TaggedSpan[] {
  return tagSentences(sentenceTokens(doc));
}
