/** extract(): text -> analysed document -> items, through the pipeline declared in pipeline.ts. */
import { analyse } from './document/analyse.js';
import { checkInput, referenceDateOf } from './options.js';
import { referenceDateFor } from './dates/reference.js';
import { DEFAULT_EXTRACTORS, DEFAULT_REFINERS, runPipeline, type Extractor, type Refiner } from './pipeline.js';
import { SCHEMA_VERSION, type ExtractOptions, type ExtractResult, type Token } from './types.js';

export interface PipelineOptions {
  extractors?: readonly Extractor[];
  refiners?: readonly Refiner[];
}

/** Makes an extract function with its own pipeline: the defaults, or a user's list. */
export function createExtractor(pipeline: PipelineOptions = {}): (text: string, options?: ExtractOptions) => ExtractResult {
  const extractors = pipeline.extractors ?? DEFAULT_EXTRACTORS;
  const refiners = pipeline.refiners ?? DEFAULT_REFINERS;
  return (text, options = {}) => {
    checkInput(text, options);
    // The caller's date wins; without one, a dateline or a full date at the top of the article.
    const doc = analyse(text, referenceDateFor(text, referenceDateOf(options.referenceDate)));
    const items = runPipeline(doc, extractors, refiners);
    const result: ExtractResult = {
      schemaVersion: SCHEMA_VERSION, kind: 'extraction', length: text.length, referenceDate: doc.referenceDate,
      paragraphs: doc.paragraphs, sentences: doc.sentences, ...items,
    };
    if (options.tokens) {
      result.tokens = doc.tokens.map((t, index): Token => ({ kind: 'token', index, pos: t.pos, sentence: t.sentence, start: t.start, end: t.end, text: text.slice(t.start, t.end) }));
    }
    return result;
  };
}

/** Reads an article and returns its paragraphs, sentences, entities, dates, quotes and claims. */
export const extract = createExtractor();
