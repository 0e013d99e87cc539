/**
 * newsclaims: who said what, where, when, about whom, from news text.
 *
 *   import { extract, compare } from 'newsclaims';
 *   const a = extract(text, { referenceDate: '2017-04-07' });
 */
export { extract, createExtractor, type PipelineOptions } from './extract.js';
export { compare } from './compare/compare.js';
export { indexResult, resolveClusters, resolveComparison, type ResolvedCluster, type ResolvedComparison, type ResolvedPair, type ResultIndex } from './lookup.js';
export { comparisonHtml, type ComparisonHtmlInput } from './report/html.js';
export { comparisonText, extractionText, type ComparisonTextOptions } from './report/text.js';
export { comparisonMarkdown, type ComparisonMarkdownOptions } from './report/markdown.js';
export { describeDate, type DescribeOptions } from './dates/describe.js';
export { NewsclaimsError, type NewsclaimsErrorCode } from './errors.js';
export { DEFAULT_EXTRACTORS, DEFAULT_REFINERS, type Extractor, type Refiner, type Items } from './pipeline.js';
export type { AnalysedDocument, DocToken, TokenRange } from './document/analyse.js';
// Named by AnalysedDocument's fields, so extractor authors can name them too.
export type { OffsetIndex } from './document/offset-index.js';
export type { WinkEntity } from './document/wink-adapter.js';
export type { CompromiseAnalysis, Term as CompromiseTerm } from './document/compromise-adapter.js';
export * from './types.js';
