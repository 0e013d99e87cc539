/** Checks extract's options and turns them into what the pipeline needs; bad options throw. */
import { NewsclaimsError } from './errors.js';
import type { ExtractOptions, ReferenceDate } from './types.js';

export const DEFAULT_MAX_LENGTH = 20_000_000;

export function checkInput(text: unknown, options: ExtractOptions): asserts text is string {
  if (typeof text !== 'string') {
    throw new NewsclaimsError('INVALID_INPUT', `extract() takes a string, got ${text === null ? 'null' : typeof text}`);
  }
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(max) || max < 0) throw new NewsclaimsError('INVALID_OPTION', `maxLength must be a non-negative integer, got ${String(max)}`);
  if (text.length > max) throw new NewsclaimsError('INPUT_TOO_LONG', `input is ${text.length} characters, over the limit of ${max} (set options.maxLength to raise it)`);
}

export function referenceDateOf(option: ExtractOptions['referenceDate']): ReferenceDate {
  if (option === undefined) return { value: null, source: 'none' };
  if (option instanceof Date) {
    if (Number.isNaN(option.getTime())) throw new NewsclaimsError('INVALID_OPTION', 'referenceDate is an invalid Date');
    return { value: option.toISOString().slice(0, 10), source: 'caller' };
  }
  if (typeof option !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(option)) {
    throw new NewsclaimsError('INVALID_OPTION', `referenceDate must be YYYY-MM-DD or a Date, got ${JSON.stringify(option)}`);
  }
  const d = new Date(`${option}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== option) {
    throw new NewsclaimsError('INVALID_OPTION', `referenceDate ${option} is not a calendar date`);
  }
  return { value: option, source: 'caller' };
}
