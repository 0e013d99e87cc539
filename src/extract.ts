/** extract(): text -> analysed document -> items, through the pipeline declared in pipeline.ts. */
import { analyse } from './document/analyse.js';
import { checkInput, checkPipeline, referenceDateOf } from './options.js';
import { referenceDateFor } from './dates/reference.js';
import { DEFAULT_EXTRACTORS, DEFAULT_REFINERS, runPipeline, type Extractor, type Refiner } from './pipeline.js';
import { SCHEMA_VERSION, type ExtractOptions, type ExtractResult, type Token } from './types.js';

/** The steps of an extract function made with {@link createExtractor}; each list defaults to the built-in one. */
export interface PipelineOptions {
  extractors?: readonly Extractor[];
  refiners?: readonly Refiner[];
}

/** Makes an extract function with its own pipeline: the defaults, or a user's list. */
export function createExtractor(pipeline: PipelineOptions = {}): (text: string, options?: ExtractOptions) => ExtractResult {
  const extractors = checkPipeline<Extractor>(pipeline.extractors ?? DEFAULT_EXTRACTORS, 'extractors', 'extract');
  const refiners = checkPipeline<Refiner>(pipeline.refiners ?? DEFAULT_REFINERS, 'refiners', 'refine');
  return (text, options = {}) => {
    // Every check comes before any work: an error never leaves part of a result behind.
    checkInput(text, options);
    const given = referenceDateOf(options.referenceDate);
    // The caller's date wins; without one, a dateline or a full date at the top of the article.
    const doc = analyse(text, referenceDateFor(text, given), options.title ?? null);
    // References are the pipeline's working notes: resolved ones are already entity mentions.
    const { references: _references, ...items } = runPipeline(doc, extractors, refiners);
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
