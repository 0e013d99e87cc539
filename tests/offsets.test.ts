import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract, compare } from '../src/index.js';
import { badSpans, collectSpans } from './helpers/spans.js';
import { FIXTURES, SEED_DATE, fixture } from './helpers/fixtures.js';

/** fast-check runs, multiplied by HOSTILE_RUNS for a longer hunt (HOSTILE_RUNS=20 npx vitest run ...). */
const runs = (n: number) => ({ numRuns: n * Number(process.env.HOSTILE_RUNS ?? 1) });

describe('every span slices the input exactly', () => {
  it.each(FIXTURES)('%s', (name) => {
    const text = fixture(name);
    const r = extract(text, { referenceDate: SEED_DATE, tokens: true });
    const spans = collectSpans(r);
    // Paragraphs, sentences, tokens, mentions, dates, quotes, fragments, contents, cues, speakers, claims.
    expect(spans.length).toBeGreaterThan(400);
    expect(badSpans(text, r)).toEqual([]);
  });

  it('holds with curly quotes, no-break spaces and CRLF line ends', () => {
    const text = '\u201CWe will appeal,\u201D\u00A0the company said on Thursday.\r\n\r\nAccording to Reuters, the firm\u2019s lawyers filed a complaint.';
    const r = extract(text, { referenceDate: '2017-04-07' });
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('\u201CWe will appeal,\u201D');
    expect(badSpans(text, r)).toEqual([]);
  });

  it('holds for arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const r = extract(s);
        expect(badSpans(s, r)).toEqual([]);
      }),
      runs(60),
    );
  });

  it('holds for fixtures with random edits (property)', () => {
    const base = fixture(FIXTURES[1]);
    const edit = fc.record({ at: fc.nat(base.length), cut: fc.nat(40), insert: fc.constantFrom('"', '\u201C', '\u201D', '\n\n', ' said ', '\u00A0', "'", ',') });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        let s = base;
        for (const e of edits) s = s.slice(0, e.at) + e.insert + s.slice(e.at + e.cut);
        const a = extract(s, { referenceDate: SEED_DATE });
        expect(badSpans(s, a)).toEqual([]);
        expect(badSpans(s, compare(a, a).framing)).toEqual([]);
      }),
      runs(15),
    );
  });
});
