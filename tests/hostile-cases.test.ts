/**
 * Named hard cases (issue #9): each input that has broken, or could break, an extractor of news
 * text, with what extract() must do on it. Every case also passes the whole-result invariants of
 * tests/helpers/invariants.ts (exact spans, nesting, no span edge inside a surrogate pair).
 */
import { describe, expect, it } from 'vitest';
import { extract, type ExtractResult } from '../src/index.js';
import { analyse } from '../src/document/analyse.js';
import { cutPoints, breakLongRuns, MAX_RUN } from '../src/document/windows.js';
import { FIXTURES, fixture, SEED_DATE } from './helpers/fixtures.js';
import { violations } from './helpers/invariants.js';

function run(input: string): ExtractResult {
  const r = extract(input, { referenceDate: SEED_DATE, tokens: true });
  expect(violations(input, r)).toEqual([]);
  return r;
}

const EMOJI = '\uD83D\uDE00';

describe('hard cases', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['line breaks and tabs', '\n\n\t\r\n  \n'],
    ['no-break and zero-width spaces only', '\u00A0\u200B\u2060\uFEFF\u3000'],
  ])('%s input gives an empty extraction', (_, input) => {
    const r = run(input);
    expect(r.length).toBe(input.length);
    expect([r.paragraphs, r.sentences, r.tokens, r.entities, r.dates, r.quotes, r.quotedTerms, r.claims]).toEqual([[], [], [], [], [], [], [], []]);
  });

  it.each(['"', '\u201C', '\u201D', '\u00AB', "'"])('a single quotation mark %j', (mark) => {
    const r = run(mark);
    expect(r.claims).toEqual([]);
    for (const q of r.quotes) expect(q.text).toBe(mark);
  });

  it('thousands of unbalanced quotation marks', () => {
    const input = '"He said '.repeat(3000) + '\u201C'.repeat(500) + " 'it " + '"'.repeat(1001);
    const r = run(input);
    // Each opener with no closer is kept up to the next one, as a quote or (two words, no speaker) a term.
    expect(r.quotes.length + r.quotedTerms.length).toBeGreaterThanOrEqual(3000);
  });

  const NESTED = `Jane Doe said: "One said 'two said \u201Cthree said \u2018four said \u00ABfive\u00BB\u2019\u201D' and left."`;

  it('quotes nested five deep keep exact, non-overlapping spans', () => {
    const r = run(NESTED);
    expect(r.quotes[0]!.speaker?.name).toBe('Jane Doe');
  });

  // Known failure: marks are paired flat, so an opener inside an open quote ends it there ("two
  // openers in a row" is read as an unclosed first quote, the common error in news copy). Nesting
  // would need a stack for marks of a different style than the open one.
  it.fails('quotes nested five deep: the outer quote holds everything inside it', () => {
    const outer = run(NESTED).quotes.find((q) => q.text.startsWith('"One'));
    expect(outer?.text.endsWith('left."')).toBe(true);
  });

  const MARKUP = [
    ['HTML', '<p>\u201CWe will appeal,\u201D <b>Jane Doe</b> said on <time>Thursday</time>.</p>\n<p>It sued the <a href="x">U.S. government</a>.</p>'],
    ['markdown', '# Twitter sues\n\n> "We will appeal," said **Jane Doe**.\n\n* [ACLU](https://aclu.org) said the *government* erred.\n\n```\ncode "quoted"\n```'],
  ];

  it.each(MARKUP)('%s markup: spans stay exact and the quotation marks still pair', (_, input) => {
    const r = run(input);
    expect([...r.quotes, ...r.quotedTerms].some((q) => q.text.includes('We will appeal,'))).toBe(true);
  });

  // Known failure: markup is read as text, so tags between a quote and its cue hide the speaker and
  // the quote is taken for a term. Strip markup before calling extract() (offsets then refer to the
  // stripped text), or keep a same-length copy with tags blanked out.
  it.fails.each(MARKUP)('%s markup: the quote keeps its speaker', (_, input) => {
    expect(run(input).quotes.some((q) => q.speaker?.name?.includes('Jane Doe'))).toBe(true);
  });

  it('no-break and zero-width spaces inside words and between them', () => {
    const input = '\u201CWe\u00A0will\u200Bappeal,\u201D\u00A0said\u00A0Jane\u00A0Doe\u200B on\u2060Thursday.\uFEFF';
    const r = run(input);
    expect(r.quotes).toHaveLength(1);
    // The name as written, with its no-break space.
    expect(r.quotes[0]!.speaker?.name).toBe('Jane\u00A0Doe');
  });

  it('emoji and surrogate pairs at span edges', () => {
    const input = `${EMOJI}"We will appeal,"${EMOJI} said Jane Doe${EMOJI}. ${EMOJI}Twitter${EMOJI} sued on Thursday${EMOJI}\n\n${EMOJI.repeat(50)} "${EMOJI}" ${EMOJI}`;
    const r = run(input);
    expect(r.quotes.length).toBeGreaterThan(0);
  });

  it('lone surrogates', () => {
    run('\uD83D"We will appeal,\uDE00" said Jane Doe.\uD800 \uDFFF');
  });

  it('right-to-left text, alone and mixed with English', () => {
    const hebrew = '\u05D4\u05D5\u05D0 \u05D0\u05DE\u05E8: \u201C\u05E0\u05E2\u05E8\u05E2\u05E8\u201D.';
    const arabic = '\u0642\u0627\u0644 \u0627\u0644\u0645\u062A\u062D\u062F\u062B: "\u0633\u0646\u0633\u062A\u0623\u0646\u0641."';
    const r = run(`${hebrew}\n\n${arabic}\n\n"We will appeal," said Jane Doe \u202B\u05E9\u05DC\u05D5\u05DD\u202C.`);
    expect(r.paragraphs).toHaveLength(3);
  });

  it('CRLF line ends give the same items as LF, at shifted offsets', () => {
    const lf = fixture(FIXTURES[1]).replace(/\r\n/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = run(lf);
    const b = run(crlf);
    const texts = (r: ExtractResult) => [r.paragraphs, r.quotes, r.dates, r.claims.map((c) => c.content)].map((xs) => xs.map((x) => x.text.replace(/\r\n/g, '\n')));
    expect(texts(b)).toEqual(texts(a));
  });

  it('wink-nlp reads a new word the same the first time as after (determinism)', () => {
    // Minimal counterexample found by the properties: wink split "...", then did not, once its
    // lexicon held the word. The tokenizer now always sees the model's lexicon alone
    // (wink-instance.ts), so every read splits as a fresh instance's first read: ". ..".
    const input = "the bio of the ac'resistance...";
    const first = run(input);
    expect(run(input)).toEqual(first);
    expect(first.tokens!.map((t) => t.text)).toEqual(['the', 'bio', 'of', 'the', "ac'resistance", '.', '..']);
  });

  it('a run-on "sentence" with no punctuation is read in windows of at most MAX_RUN', () => {
    const words = fixture(FIXTURES[0]).replace(/[.!?]/g, '').replace(/\s+/g, ' ');
    const input = words.repeat(4);
    const r = run(input);
    expect(r.paragraphs).toHaveLength(1);
    expect(r.sentences.length).toBeGreaterThan(input.length / MAX_RUN);
    expect(Math.max(...r.sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_RUN);
  });
});

describe('windows', () => {
  it('cuts only at white space, and only runs longer than the cap', () => {
    const text = 'word '.repeat(1000);
    const cuts = cutPoints(text, 0, text.length, 100);
    expect(cuts.every((c) => text[c] === ' ')).toBe(true);
    const bounds = [0, ...cuts.map((c) => c + 1)].map((s, i) => (cuts[i] ?? text.length) - s);
    expect(Math.max(...bounds)).toBeLessThanOrEqual(100);
    expect(cutPoints('short text', 0, 10, 100)).toEqual([]);
  });

  it('prefers a space after a comma near the end of the window', () => {
    const text = `${'a '.repeat(40)}b, ${'c '.repeat(40)}`;
    expect(cutPoints(text, 0, text.length, 100)).toEqual([text.indexOf(', ') + 1]);
  });

  it('a run with no white space at all is left whole', () => {
    expect(cutPoints('x'.repeat(500), 0, 500, 100)).toEqual([]);
  });

  it('breakLongRuns keeps length and changes only spaces before sentences, into line breaks', () => {
    const sentence = 'A long sentence of words. ';
    const text = `Short. ${sentence.repeat(120)}end.`;
    const starts = [0, ...[...text.matchAll(/\. /g)].map((m) => m.index + 2)].map((start) => ({ start }));
    const broken = breakLongRuns(text, starts, 1000);
    expect(broken.length).toBe(text.length);
    const changed = [...text].flatMap((ch, i) => (ch === broken[i] ? [] : [[ch, broken[i], i]]));
    expect(changed.length).toBeGreaterThan(1);
    expect(changed.every(([a, b, i]) => a === ' ' && b === '\n' && starts.some((s) => s.start === Number(i) + 1))).toBe(true);
    expect(Math.max(...broken.split('\n').map((line) => line.length))).toBeLessThanOrEqual(1000);
    expect(breakLongRuns('Short. Text.\nMore.', [{ start: 0 }, { start: 7 }, { start: 13 }], 1000)).toBe('Short. Text.\nMore.');
  });

  // compromise never ends a sentence after "Mr.", and its splitter is quadratic in what it reads as one.
  it("breakLongRuns cuts a paragraph of 'Mr. ' storms at our sentences, which are at most MAX_RUN long", () => {
    const text = 'Mr. '.repeat(5000);
    const broken = breakLongRuns(text, analyse(text, { value: null, source: 'none' }).sentences);
    expect(Math.max(...broken.split('\n').map((line) => line.length))).toBeLessThanOrEqual(MAX_RUN + 1);
  });
});
