/**
 * The scorers, pure functions from (gold items, ExtractResult) to counts: one module per task,
 * gathered here so the runner and the tests import one place.
 */
export * from './spans';
export * from './score-attribution';
export * from './score-entities';
export * from './score-dates';
export { speakerCorrect } from './speaker';
export { sameNameWords, isPronounOnly } from './words';
