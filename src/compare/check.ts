/**
 * compare() reads its arguments deeply (claims, entities, dates, quotes): something that is not an
 * extraction would fail somewhere inside with a TypeError, or worse, give a comparison of nothing.
 * Checked up front instead, with what was wrong in the message.
 */
import { NewsclaimsError } from '../errors.js';
import { describe } from '../options.js';
import { SCHEMA_VERSION, type ExtractResult } from '../types.js';

/** The arrays compare() reads from each result. */
const ARRAYS = ['paragraphs', 'sentences', 'entities', 'dates', 'quotes', 'quotedTerms', 'claims'] as const;

const major = (version: string) => version.split('.')[0];

/** Checks one argument; `name` says which in messages ("a", "b", "c", ...). */
export function checkResult(value: unknown, name: string): asserts value is ExtractResult {
  const r = value as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null || Array.isArray(r) || r.kind !== 'extraction') {
    throw new NewsclaimsError('INVALID_RESULT', `compare() takes two or more results of extract(); ${name} is ${typeof r === 'object' && r !== null && !Array.isArray(r) ? `an object of kind ${describe(r.kind)}` : describe(r)}`);
  }
  if (typeof r.schemaVersion !== 'string' || major(r.schemaVersion) !== major(SCHEMA_VERSION)) {
    throw new NewsclaimsError('SCHEMA_MISMATCH', `${name} has schema version ${describe(r.schemaVersion)}; this newsclaims reads ${major(SCHEMA_VERSION)}.x (${SCHEMA_VERSION}): extract the text again`);
  }
  const missing = ARRAYS.filter((k) => !Array.isArray(r[k]));
  if (missing.length) throw new NewsclaimsError('INVALID_RESULT', `${name} is not a whole extraction: ${missing.join(', ')} missing or not arrays`);
}

/** Two results compare only when they share a schema version: their fields must mean the same. */
export function checkPair(a: ExtractResult, b: ExtractResult, names: [string, string] = ['a', 'b'], all = 2): void {
  if (a.schemaVersion !== b.schemaVersion) {
    throw new NewsclaimsError('SCHEMA_MISMATCH', `${names[0]} has schema version ${a.schemaVersion} and ${names[1]} ${b.schemaVersion}: extract ${all === 2 ? 'both' : 'all'} with one version of newsclaims`);
  }
}

/** Every argument of compare(): at least two, each a whole extraction, all of one schema version. */
export function checkResults(results: readonly unknown[]): asserts results is ExtractResult[] {
  if (results.length < 2) throw new NewsclaimsError('INVALID_RESULT', `compare() takes two or more results of extract(), got ${results.length}`);
  const name = (i: number) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26) + 1) : '');
  results.forEach((r, i) => checkResult(r, name(i)));
  const list = results as ExtractResult[];
  for (let i = 1; i < list.length; i++) checkPair(list[0]!, list[i]!, [name(0), name(i)], list.length);
}
