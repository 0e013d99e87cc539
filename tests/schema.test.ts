/**
 * The JSON Schemas in dist/schema/ (generated from src/types.ts by scripts/build-schema.ts; `npm test`
 * builds first) accept what extract() and compare() really return, and reject drift.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compare, extract, SCHEMA_VERSION, type ExtractResult } from '../src/index.js';
import { fixture, FIXTURES, SEED_DATE } from './helpers/fixtures.js';
import { storySet } from './helpers/stories.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../dist/schema/${name}.schema.json`, import.meta.url), 'utf8')) as { $id: string };
const ajv = new Ajv({ allErrors: true });
const extraction = ajv.compile(load('extract-result'));
const comparison = ajv.compile(load('comparison'));

/** Ajv's errors as one readable string, so a failure says where the output and schema differ. */
const errors = (v: ValidateFunction) => ajv.errorsText(v.errors, { separator: '\n' });
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('output JSON schema', () => {
  const results = FIXTURES.map((f) => extract(fixture(f), { referenceDate: SEED_DATE, tokens: true }));

  it.each(FIXTURES.map((f, i) => [f, i] as const))('accepts extract() of %s', (_, i) => {
    const r = results[i]!;
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(extraction(r), errors(extraction)).toBe(true);
    // The same result without the optional tokens, as extract() returns it by default.
    const { tokens, ...withoutTokens } = r;
    expect(tokens?.length).toBeGreaterThan(0);
    expect(extraction(withoutTokens), errors(extraction)).toBe(true);
  });

  it('accepts compare() of the two seeds', () => {
    const c = compare(results[0]!, results[1]!);
    expect(c.pairs.length).toBeGreaterThan(0);
    expect(comparison(c), errors(comparison)).toBe(true);
  });

  it('accepts compare() of three outlets, with clusters, drift and coverage', () => {
    const fire = storySet('fire-a', 'fire-b', 'fire-c').comparison;
    expect(fire.clusters.some((k) => k.omittedBy.length > 0)).toBe(true);
    expect(comparison(clone(fire)), errors(comparison)).toBe(true);
    const budget = storySet('budget-a', 'budget-b').comparison;
    expect(budget.clusters.some((k) => k.drift.length > 0)).toBe(true);
    expect(comparison(clone(budget)), errors(comparison)).toBe(true);
  });

  it('carries the schema version in $id and as a const', () => {
    expect(load('extract-result').$id).toBe(`urn:newsclaims:schema:extract-result:${SCHEMA_VERSION}`);
    expect(load('comparison').$id).toBe(`urn:newsclaims:schema:comparison:${SCHEMA_VERSION}`);
    expect(extraction({ ...results[0]!, schemaVersion: '0.0.0' })).toBe(false);
  });

  it.each<[string, (r: ExtractResult) => void, RegExp]>([
    ['an unknown quote form', (r) => void ((r.quotes[0] as { form: string }).form = 'indirect'), /form must be equal to one of the allowed values/],
    ['a field the types do not declare', (r) => void ((r.entities[0] as unknown as Record<string, unknown>).salience = 0.5), /must NOT have additional properties/],
    ['a missing required field', (r) => void delete (r.dates[0] as Partial<ExtractResult['dates'][0]>).value, /must have required property 'value'/],
    ['an offset that is not a number', (r) => void ((r.sentences[0] as unknown as Record<string, unknown>).start = '0'), /start must be number/],
  ])('rejects %s', (_, corrupt, message) => {
    const r = clone(results[1]!);
    corrupt(r);
    expect(extraction(r)).toBe(false);
    expect(errors(extraction)).toMatch(message);
  });
});
