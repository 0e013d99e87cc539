/**
 * Issue #22, reliability under any input: output that never depends on what was read before (in one
 * process, after any history, or in another process), and compare() on whatever it is given. Time
 * on long unbroken runs is asserted through sizes in tests/document-index.test.ts and measured by
 * `npm run bench:scaling`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, extract, NewsclaimsError, type ExtractResult } from '../src/index.js';
import { FIXTURES, fixture, SEED_DATE } from './helpers/fixtures.js';

/** Everything extract() returns, tokens included, as the bytes a user would store. */
const full = (text: string) => JSON.stringify(extract(text, { tokens: true, referenceDate: SEED_DATE }));
const runs = (n: number) => ({ numRuns: n * Number(process.env.HOSTILE_RUNS ?? 1) });

const ARTICLES = [
  ...FIXTURES.map(fixture),
  ...['marathon.txt', 'riverton-ledger.txt', 'riverton-tribune.txt'].map((f) => readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8')),
];

/** Pieces of news text, with every line separator and the words wink-nlp once cached differently. */
const PIECES = [
  '"', '\u201C', '\u201D', "'", '\u2019', '-', '\u2014', '/', ':', ',', '.', '. ', ';', '?', '(', ')', ' ', ' ', ' ',
  '\n', '\n\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u00AD',
  'said', 'told', 'that', 'the', 'he', 'We', 'will', 'appeal', 'on Thursday', 'Mr.', 'Twitter', 'Jane Doe', 'ACLU',
  'U.S.', 'U.S', 'Department', "Trump's", 'Trump', "'s", 'First Amendment', 'sued', 'A', 'Z',
];
/** Possessives of names no earlier test read, so each can show a word cached by an earlier read. */
const possessive = fc.stringMatching(/^[A-Z][a-z]{4,9}'s$/);
const news = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 6 }, { arbitrary: possessive, weight: 1 }), { minLength: 1, maxLength: 40 }).map((xs) => xs.join(''));
/** A text's own words, each with a mark after it: what made wink-nlp keep them whole later. */
const marked = (text: string, marks: string[]) => text.split(/\s+/).map((w, i) => w + marks[i % marks.length]!).join(' ');

describe('extract() output does not depend on earlier documents', () => {
  // wink-nlp kept every word it read and then kept such a word whole: "Trump's" read "Trump | 's"
  // fresh, and "Trump's" after "Trump's," (or with any of these marks after it). Each case uses its
  // own name, so no case is changed by one before it.
  it.each([
    ["Trump's,", "Trump's"],
    ["Comey's.", "Comey's"],
    ["Mueller's\u2014", "Mueller's"],
    ["Kushner's-", "Kushner's"],
    ["Manafort's/", "Manafort's"],
    ["Giuliani's:", "Giuliani's"],
  ])('reading %j first does not change %j', (earlier, text) => {
    const fresh = full(text);
    extract(earlier);
    expect(full(text)).toBe(fresh);
  });

  it('a claim ending in "U.S." ends alike after "U.S.Department " was read', () => {
    const text = 'U.S\u00AD. is U.S. ';
    const fresh = full(text);
    extract('U.S.Department ');
    expect(full(text)).toBe(fresh);
    expect(extract(text).claims[0]?.content.text).toBe('U.S\u00AD. is U.S.');
  });

  it('same bytes in another process that read other articles first, in another order', () => {
    const separated = (t: string, sep: string) => t.replace(/\n/g, sep);
    let k = 0;
    const texts = [
      ...ARTICLES,
      separated(ARTICLES[0]!, '\u2028'), separated(ARTICLES[1]!, '\u2029'), separated(ARTICLES[2]!, '\u0085'),
      ARTICLES[3]!.replace(/\n/g, () => ['\r\n', '\r', '\n'][k++ % 3]!),
      ...fc.sample(news, { numRuns: 40, seed: 22 }),
    ];
    const here = texts.map(full);
    const history = [...ARTICLES].reverse().map((t) => t.replace(/\n/g, '\r\n'));
    const child = execFileSync(process.execPath, ['--import', 'tsx', new URL('./helpers/extract-child.ts', import.meta.url).pathname], {
      input: JSON.stringify({ texts, history }), encoding: 'utf8', maxBuffer: 1 << 28,
    });
    const there = child.split('\n');
    expect(there).toHaveLength(texts.length);
    const differ = texts.map((_, i) => i).filter((i) => there[i] !== here[i]);
    expect(differ).toEqual([]);
  }, 120_000);

  it('same bytes after any history of other documents, its own words with marks among them (property)', () => {
    const marks = fc.array(fc.constantFrom(',', '.', '-', '\u2014', '/', ':', '"', ')', ''), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(news, fc.array(news, { maxLength: 3 }), marks, (text, history, m) => {
      const before = full(text);
      for (const h of [...history, marked(text, m)]) extract(h);
      expect(full(text)).toBe(before);
    }), runs(120));
  });
});

describe('compare() on the results it is given', () => {
  const r = extract('"We will appeal," said Jane Doe.');

  it.each<[string, unknown[], RegExp]>([
    ['a null claim', [null], /b\.claims\[0\] is not what extract\(\) returns: null instead of an object/],
    ['an empty claim', [{}], /b\.claims\[0\] is not what extract\(\) returns: id is undefined, not a string/],
    ['a claim without content', [{ ...r.claims[0], content: null }], /content is null, not a span with text/],
    ['a claim whose entities are not ids', [{ ...r.claims[0], entities: [3] }], /entities is an array, not an array of entity ids/],
  ])('%s is INVALID_RESULT, not a TypeError', (_, claims, message) => {
    let thrown: unknown;
    try {
      compare(r, { ...r, claims } as ExtractResult);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(NewsclaimsError);
    expect((thrown as NewsclaimsError).code).toBe('INVALID_RESULT');
    expect((thrown as NewsclaimsError).message).toMatch(message);
  });

  it.each<[string, Partial<ExtractResult>]>([
    ['entities', { entities: [null] as never }],
    ['dates', { dates: [{}] as never }],
    ['sentences', { sentences: [{ text: 'x' }] as never }],
    ['quotes', { quotes: [{ fragments: null }] as never }],
    ['quotedTerms', { quotedTerms: [7] as never }],
  ])('a broken item of %s is INVALID_RESULT', (array, broken) => {
    expect(() => compare({ ...r, ...broken } as ExtractResult, r)).toThrow(new RegExp(`a\\.${array}\\[0\\] is not what extract\\(\\) returns`));
  });

  it('pairs a one-claim result with itself', () => {
    const c = compare(r, r);
    expect(c.pairs.map((p) => [p.a, p.b])).toEqual([['c0', 'c0']]);
    expect([c.onlyA, c.onlyB]).toEqual([[], []]);
  });

  const pairsWithItself = (result: ExtractResult) => {
    const c = compare(result, result);
    expect(c.pairs.every((p) => p.a === p.b)).toBe(true);
    expect(c.pairs).toHaveLength(result.claims.length);
    expect([c.onlyA, c.onlyB]).toEqual([[], []]);
  };

  it.each(ARTICLES.map((t, i) => [i, t] as const))('pairs every claim of article %i with itself', (_, text) => {
    const result = extract(text, { referenceDate: SEED_DATE });
    expect(result.claims.length).toBeGreaterThan(3);
    pairsWithItself(result);
  });

  it('pairs every claim with itself on any text, repeated claims included (property)', () => {
    fc.assert(fc.property(news, fc.integer({ min: 1, max: 3 }), (text, times) => {
      pairsWithItself(extract(Array(times).fill(text).join('\n\n')));
    }), runs(80));
  });
});
