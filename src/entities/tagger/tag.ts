/**
 * Runs the trained entity tagger over an analysed document, in two stages. The first reads each
 * sentence alone: features per token (features.ts), emission scores from the model (model.ts), the
 * best label sequence (viterbi.ts). The second adds to those scores what the first stage said about
 * the same words elsewhere in the document and in the same list (consistency.ts), and decodes again.
 * The spans of the second stage's labels are returned as character offsets.
 */
import type { AnalysedDocument } from '../../document/analyse.js';
import { documentNames, sentenceConsistency } from './consistency.js';
import { addFeatures, sentenceScores } from './emissions.js';
import { documentEvidence, type DocumentEvidence } from './features.js';
import { LABEL_COUNT, decode, type EntityClass } from './labels.js';
import { loadModel, type Model, type StoredModel } from './model.js';
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

/** Emission scores of one sentence's tokens under `model` from their feature strings, tokens × labels, added to `base` if given. */
export function sentenceEmissions(model: Model, features: readonly (readonly string[])[], base?: Float32Array): Float32Array {
  const emissions = base ? Float32Array.from(base) : new Float32Array(features.length * LABEL_COUNT);
  features.forEach((f, i) => addFeatures(model, f, emissions, i * LABEL_COUNT));
  return emissions;
}

/** The labels of one sentence's tokens under `model` (plus fixed scores `base`, if given). */
export function labelSentence(model: Model, features: readonly (readonly string[])[], base?: Float32Array): number[] {
  return viterbi(sentenceEmissions(model, features, base), features.length, model.transitions);
}

/**
 * Both stages' labels for every sentence of a document. The first stage's scores are made one
 * sentence at a time (emissions.ts) and only they are kept: a long document holds tokens × labels
 * numbers between the stages.
 */
export function labelDocument(t: Tagger, sentences: readonly PlacedToken[][], evidence: DocumentEvidence): { first: number[][]; second: number[][] } {
  const scores = sentences.map((tokens) => sentenceScores(t.first, tokens, evidence));
  const first = scores.map((e, s) => viterbi(e, sentences[s]!.length, t.first.transitions));
  if (!t.second) return { first, second: first };
  const names = documentNames(sentences, first);
  const second = sentences.map((tokens, s) => labelSentence(t.second!, sentenceConsistency(names, tokens, s), scores[s]));
  return { first, second };
}

/** Entity spans of sentences of tokens, in text order. */
export function tagSentences(sentences: readonly PlacedToken[][], t: Tagger = shippedTagger()): TaggedSpan[] {
  const evidence = documentEvidence(sentences);
  const { second } = labelDocument(t, sentences, evidence);
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
