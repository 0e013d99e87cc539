/**
 * Property tests on hostile input (issue #9): arbitrary strings of every kind and edited fixtures.
 * For each input, extract() must not throw, every span must slice the input exactly and nest as
 * src/types.ts says (tests/helpers/invariants.ts), the output must be the same on a second run and
 * from a fresh createExtractor(), and it must validate against the published JSON schema (dist/schema,
 * built by `npm run build`, which `npm test` runs first).
 *
 * Run counts are kept small so the file takes well under 30 s on a loaded two-core machine; to fuzz
 * longer, multiply them: `HOSTILE_RUNS=20 npx vitest run tests/hostile-properties.test.ts`. A failure
 * prints fast-check's seed and shrunk counterexample, to be turned into a named case in
 * hostile-cases.test.ts.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, type ExtractResult } from '../src/index.js';
import { FIXTURES, fixture, SEED_DATE } from './helpers/fixtures.js';
import { violations } from './helpers/invariants.js';

const schema = JSON.parse(readFileSync(new URL('../dist/schema/extract-result.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);
const fresh = createExtractor();
const runs = (n: number) => ({ numRuns: n * Number(process.env.HOSTILE_RUNS ?? 1) });

/** Everything the properties promise, for one input. */
function check(input: string, options: { referenceDate?: string; tokens?: boolean } = {}): ExtractResult {
  const r = extract(input, { tokens: true, ...options });
  expect(violations(input, r)).toEqual([]);
  // A stored result is JSON: validate what a user would store.
  expect(validate(JSON.parse(JSON.stringify(r))), ajv.errorsText(validate.errors)).toBe(true);
  expect(extract(input, { tokens: true, ...options })).toEqual(r);
  expect(fresh(input, { tokens: true, ...options })).toEqual(r);
  return r;
}

/** Pieces news text is made of, weighted to the ones that trip parsers: marks, dashes, breaks, capitals. */
const NEWS_PIECES = [
  '"', '"', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', "'", '\u2018', '\u2019', '-', '--', '\u2014', '\u2013',
  '\n', '\n\n', '\r\n', ' ', ' ', ' ', '\u00A0', '\u200B', '\t', ',', '.', '. ', ':', ';', '?', '!', '(', ')',
  'said', 'says', 'told', 'according to', 'that', 'the', 'it', 'he', 'she', 'We', 'will', 'appeal', 'on Thursday',
  '13 March', 'in 2017', 'two years ago', 'Mr.', 'Twitter', 'Jane Doe', 'ACLU', 'American Civil Liberties Union',
  'U.S.', 'First Amendment', 'Twitter v. Department of Homeland Security', '@ALT_uscis', '#altgov', 'A', 'B', 'Z',
  'the social network', 'a spokeswoman', 'sued', 'filed', '\uD83D\uDE00', '\u05E9\u05DC\u05D5\u05DD', 'e\u0301',
];
const news = fc.array(fc.constantFrom(...NEWS_PIECES), { maxLength: 80 }).map((xs) => xs.join(''));

/** Edits that matter to quotes, paragraphs and spans, applied at random places of a seed article. */
const INSERTS = ['"', '\u201C', '\u201D', "'", '\n', '\n\n', '\r\n', ' said ', '\u00A0', '\u200B', ',', '.', '\uD83D\uDE00', '\uD83D', '\uDE00', '<b>', '**', ''];
const edits = (base: string) => fc.array(fc.record({ at: fc.nat(base.length), cut: fc.nat(30), insert: fc.constantFrom(...INSERTS) }), { minLength: 1, maxLength: 8 });
const applyEdits = (base: string, list: Array<{ at: number; cut: number; insert: string }>) =>
  list.reduce((s, e) => s.slice(0, e.at) + e.insert + s.slice(e.at + e.cut), base);

describe('extract() on arbitrary input (properties)', () => {
  it('any UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void check(s)), runs(60));
  });

  it('any string of grapheme clusters (emoji, combining marks, scripts)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => void check(s)), runs(60));
  });

  it('news-like strings heavy in quotation marks, dashes, line breaks and capitals', () => {
    fc.assert(fc.property(news, (s) => void check(s, { referenceDate: SEED_DATE })), runs(150));
  });

  it('seed articles with random edits', () => {
    const base = fixture(FIXTURES[0]);
    fc.assert(fc.property(edits(base), (list) => void check(applyEdits(base, list), { referenceDate: SEED_DATE })), runs(12));
  });
});
