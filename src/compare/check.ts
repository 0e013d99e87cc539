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
  for (const [array, fault] of ITEM_CHECKS) {
    const items = r[array] as unknown[];
    for (let i = 0; i < items.length; i++) {
      const problem = fault(items[i]);
      if (problem) throw new NewsclaimsError('INVALID_RESULT', `${name}.${array}[${i}] is not what extract() returns: ${problem}`);
    }
  }
}

type Fault = (item: unknown) => string | null;

/** What is wrong with an item, checked field by field in order; null when nothing is. */
const fields = (checks: Record<string, (v: unknown) => boolean>, what: Record<string, string>): Fault => (item) => {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return `${describe(item)} instead of an object`;
  const o = item as Record<string, unknown>;
  for (const [field, ok] of Object.entries(checks)) if (!ok(o[field])) return `${field} is ${describe(o[field])}, not ${what[field]}`;
  return null;
};

const isString = (v: unknown) => typeof v === 'string';
const isOffset = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTextSpan = (v: unknown) => typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string';
const isSpeaker = (v: unknown) => {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const s = v as { entity?: unknown; name?: unknown };
  return (s.entity === null || typeof s.entity === 'string') && (s.name === null || typeof s.name === 'string');
};

/**
 * The fields compare() reads from the items of each array, so an item that lacks one is reported
 * here, by its place, instead of failing inside with a TypeError.
 */
const ITEM_CHECKS: ReadonlyArray<readonly [(typeof ARRAYS)[number], Fault]> = [
  ['claims', fields(
    { id: isString, source: isString, content: isTextSpan, cue: (v) => v === null || isTextSpan(v), speaker: isSpeaker, entities: (v) => Array.isArray(v) && v.every(isString) },
    { id: 'a string', source: 'a string', content: 'a span with text', cue: 'null or a span with text', speaker: 'null or a speaker (entity and name, each a string or null)', entities: 'an array of entity ids' },
  )],
  ['entities', fields({ id: isString, key: isString }, { id: 'a string', key: 'a string' })],
  ['dates', fields({ text: isString, value: (v) => v === null || isString(v) }, { text: 'a string', value: 'a string or null' })],
  ['sentences', fields({ start: isOffset, text: isString }, { start: 'an offset', text: 'a string' })],
  ['quotedTerms', fields({ start: isOffset, end: isOffset, text: isString, role: isString }, { start: 'an offset', end: 'an offset', text: 'a string', role: 'a string' })],
  ['quotes', fields(
    { fragments: (v) => Array.isArray(v) && v.every((f) => typeof f === 'object' && f !== null && isOffset((f as { start?: unknown }).start) && isOffset((f as { end?: unknown }).end)) },
    { fragments: 'an array of spans' },
  )],
];

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
