/**
 * The scorers, pure functions from (gold items, ExtractResult) to counts: one module per task,
 * gathered here so the runner and the tests import one place.
 */
export * from './spans.js';
export * from './score-attribution.js';
export * from './score-entities.js';
export * from './score-dates.js';
export * from './score-coreference.js';
export * from './score-comparison.js';
export { speakerCorrect } from './speaker.js';
export { sameNameWords, isPronounOnly } from './words.js';
