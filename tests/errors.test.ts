/**
 * Bad calls get a NewsclaimsError with a code and a message that says what was wrong, before any
 * work starts: never a TypeError from deep inside, never part of a result presented as whole.
 */
import { describe, expect, it } from 'vitest';
import { compare, createExtractor, extract, NewsclaimsError, type ExtractResult, type NewsclaimsErrorCode } from '../src/index.js';

function thrown(f: () => unknown): NewsclaimsError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(NewsclaimsError);
    return e as NewsclaimsError;
  }
  throw new Error('did not throw');
}

const call = extract as unknown as (text: unknown, options?: unknown) => ExtractResult;
const ok = extract('"We will appeal," said Jane Doe.');

describe('extract() on bad input and options', () => {
  it.each<[string, unknown, unknown, NewsclaimsErrorCode, RegExp]>([
    ['undefined', undefined, {}, 'INVALID_INPUT', /takes a string, got undefined/],
    ['null', null, {}, 'INVALID_INPUT', /takes a string, got null/],
    ['a number', 42, {}, 'INVALID_INPUT', /takes a string, got 42/],
    ['a Buffer', new Uint8Array([104, 105]), {}, 'INVALID_INPUT', /takes a string, got an object/],
    ['an array of strings', ['a', 'b'], {}, 'INVALID_INPUT', /takes a string, got an array/],
    ['options that are not an object', 'text', 'tokens', 'INVALID_OPTION', /options must be an object, got "tokens"/],
    ['null options', 'text', null, 'INVALID_OPTION', /options must be an object, got null/],
    ['an unknown option', 'text', { refrenceDate: '2017-04-07' }, 'INVALID_OPTION', /unknown option "refrenceDate" \(known: referenceDate, tokens, maxLength, title\)/],
    ['two unknown options', 'text', { a: 1, b: 2 }, 'INVALID_OPTION', /unknown options "a", "b"/],
    ['a non-boolean tokens', 'text', { tokens: 'yes' }, 'INVALID_OPTION', /tokens must be true or false, got "yes"/],
    ['tokens: 1', 'text', { tokens: 1 }, 'INVALID_OPTION', /tokens must be true or false, got 1/],
    ['a negative maxLength', 'text', { maxLength: -1 }, 'INVALID_OPTION', /maxLength must be a non-negative integer, got -1/],
    ['a fractional maxLength', 'text', { maxLength: 1.5 }, 'INVALID_OPTION', /got 1.5/],
    ['a string maxLength', 'text', { maxLength: '100' }, 'INVALID_OPTION', /got "100"/],
    ['NaN maxLength', 'text', { maxLength: NaN }, 'INVALID_OPTION', /got NaN/],
    ['a title that is not a string', 'text', { title: 42 }, 'INVALID_OPTION', /title must be a string, got 42/],
    ['a null title', 'text', { title: null }, 'INVALID_OPTION', /title must be a string, got null/],
    ['a reference date that is no date', 'text', { referenceDate: '2017-02-30' }, 'INVALID_OPTION', /referenceDate 2017-02-30 is not a calendar date/],
    ['a reference date in another format', 'text', { referenceDate: '04/07/2017' }, 'INVALID_OPTION', /must be YYYY-MM-DD or a Date, got "04\/07\/2017"/],
    ['a reference date that is a number', 'text', { referenceDate: 20170407 }, 'INVALID_OPTION', /must be YYYY-MM-DD or a Date, got 20170407/],
    ['an invalid Date', 'text', { referenceDate: new Date('nope') }, 'INVALID_OPTION', /referenceDate is an invalid Date/],
    ['input over maxLength', 'x'.repeat(101), { maxLength: 100 }, 'INPUT_TOO_LONG', /input is 101 characters, over the limit of 100 \(set options.maxLength to raise it\)/],
  ])('%s', (_, text, options, code, message) => {
    const e = thrown(() => call(text, options));
    expect(e.code).toBe(code);
    expect(e.name).toBe('NewsclaimsError');
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('\n');
  });

  it('input of exactly maxLength is read; maxLength 0 takes only the empty string', () => {
    expect(extract('x'.repeat(100), { maxLength: 100 }).length).toBe(100);
    expect(extract('', { maxLength: 0 }).length).toBe(0);
    expect(thrown(() => extract('x', { maxLength: 0 })).code).toBe('INPUT_TOO_LONG');
  });

  it('undefined options and undefined option values are the defaults', () => {
    expect(call(ok.paragraphs[0]!.text, undefined)).toEqual(ok);
    expect(extract(ok.paragraphs[0]!.text, { tokens: undefined, referenceDate: undefined, maxLength: undefined })).toEqual(ok);
  });

  it.each<[string, unknown]>([
    ['extractors not an array', { extractors: 'names' }],
    ['an extractor with no function', { extractors: [{ name: 'x' }] }],
    ['a refiner that is null', { refiners: [null] }],
  ])('createExtractor() with %s', (_, pipeline) => {
    const e = thrown(() => createExtractor(pipeline as never));
    expect(e.code).toBe('INVALID_OPTION');
  });

  it('an extractor that throws makes extract() throw: no partial result', () => {
    const broken = createExtractor({ extractors: [{ name: 'broken', extract: () => { throw new RangeError('boom'); } }] });
    expect(() => broken('Twitter sued.')).toThrow(RangeError);
  });
});

describe('compare() on things that are not results', () => {
  const clone = (over: Record<string, unknown>) => ({ ...JSON.parse(JSON.stringify(ok)), ...over }) as ExtractResult;
  it.each<[string, unknown, unknown, NewsclaimsErrorCode, RegExp]>([
    ['a string', 'text', ok, 'INVALID_RESULT', /compare\(\) takes two or more results of extract\(\); a is "text"/],
    ['null', ok, null, 'INVALID_RESULT', /b is null/],
    ['a comparison', ok, { kind: 'comparison', schemaVersion: ok.schemaVersion }, 'INVALID_RESULT', /b is an object of kind "comparison"/],
    ['a result without claims', clone({ claims: undefined }), ok, 'INVALID_RESULT', /a is not a whole extraction: claims missing or not arrays/],
    ['a result of another major schema version', clone({ schemaVersion: '0.9.0' }), ok, 'SCHEMA_MISMATCH', /a has schema version "0.9.0"; this newsclaims reads 1.x/],
    ['a result with no schema version', ok, clone({ schemaVersion: undefined }), 'SCHEMA_MISMATCH', /b has schema version undefined/],
    ['results of two schema versions', clone({ schemaVersion: '1.0.0' }), ok, 'SCHEMA_MISMATCH', /a has schema version 1.0.0 and b \d+\.\d+\.\d+: extract both/],
  ])('%s', (_, a, b, code, message) => {
    const e = thrown(() => compare(a as ExtractResult, b as ExtractResult));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('a result that went through JSON compares like the original', () => {
    expect(compare(JSON.parse(JSON.stringify(ok)) as ExtractResult, ok)).toEqual(compare(ok, ok));
  });
});
