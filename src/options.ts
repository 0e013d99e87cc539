/** Checks extract's options and turns them into what the pipeline needs; bad options throw. */
import { NewsclaimsError } from './errors.js';
import type { ExtractOptions, ReferenceDate } from './types.js';

export const DEFAULT_MAX_LENGTH = 20_000_000;

/** Every option extract() knows: a misspelt one is an error, not silently ignored. */
const KNOWN_OPTIONS: ReadonlySet<string> = new Set<keyof ExtractOptions>(['referenceDate', 'tokens', 'maxLength', 'title']);

/** Checks the text and every option before any work starts, so a bad call never returns part of a result. */
export function checkInput(text: unknown, options: unknown): asserts options is ExtractOptions {
  if (typeof text !== 'string') {
    throw new NewsclaimsError('INVALID_INPUT', `extract() takes a string, got ${describe(text)}`);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new NewsclaimsError('INVALID_OPTION', `extract() options must be an object, got ${describe(options)}`);
  }
  const unknown = Object.keys(options).filter((k) => !KNOWN_OPTIONS.has(k));
  if (unknown.length) {
    throw new NewsclaimsError('INVALID_OPTION', `unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')} (known: ${[...KNOWN_OPTIONS].join(', ')})`);
  }
  const { tokens, maxLength, title } = options as ExtractOptions;
  if (title !== undefined && typeof title !== 'string') {
    throw new NewsclaimsError('INVALID_OPTION', `title must be a string, got ${describe(title)}`);
  }
  if (tokens !== undefined && typeof tokens !== 'boolean') {
    throw new NewsclaimsError('INVALID_OPTION', `tokens must be true or false, got ${describe(tokens)}`);
  }
  const max = maxLength ?? DEFAULT_MAX_LENGTH;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) throw new NewsclaimsError('INVALID_OPTION', `maxLength must be a non-negative integer, got ${describe(max)}`);
  if (text.length > max) throw new NewsclaimsError('INPUT_TOO_LONG', `input is ${text.length} characters, over the limit of ${max} (set options.maxLength to raise it)`);
}

/** A value named for an error message: its type, and the value itself when it is short. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

export function referenceDateOf(option: ExtractOptions['referenceDate']): ReferenceDate {
  if (option === undefined) return { value: null, source: 'none' };
  if (option instanceof Date) {
    if (Number.isNaN(option.getTime())) throw new NewsclaimsError('INVALID_OPTION', 'referenceDate is an invalid Date');
    return { value: option.toISOString().slice(0, 10), source: 'caller' };
  }
  if (typeof option !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(option)) {
    throw new NewsclaimsError('INVALID_OPTION', `referenceDate must be YYYY-MM-DD or a Date, got ${describe(option)}`);
  }
  const d = new Date(`${option}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== option) {
    throw new NewsclaimsError('INVALID_OPTION', `referenceDate ${option} is not a calendar date`);
  }
  return { value: option, source: 'caller' };
}

/** createExtractor's lists: arrays of named steps, each with its function. */
export function checkPipeline<T extends { name: string }>(steps: unknown, what: string, method: string): readonly T[] {
  if (!Array.isArray(steps)) throw new NewsclaimsError('INVALID_OPTION', `${what} must be an array, got ${describe(steps)}`);
  steps.forEach((step: unknown, i) => {
    const s = step as Record<string, unknown> | null;
    if (typeof s !== 'object' || s === null || typeof s.name !== 'string' || typeof s[method] !== 'function') {
      throw new NewsclaimsError('INVALID_OPTION', `${what}[${i}] must be an object with a name and a ${method}() function`);
    }
  });
  return steps as T[];
}
