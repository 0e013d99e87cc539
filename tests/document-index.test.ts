/**
 * The document layer's bounds (issue #22): what wink-nlp is handed (wink-reads.ts), the offset index
 * (offset-index.ts), and sentence windows. Each test asserts a size or a count of steps that makes
 * the step linear in the input, never a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, sentenceAt, tokenRange, tokensIn, type AnalysedDocument } from '../src/document/analyse.js';
import { BLOCK_BITS, OffsetIndex } from '../src/document/offset-index.js';
import { breakLongRuns, MAX_RUN } from '../src/document/windows.js';
import { isWinkSpace, MAX_WINK_READ, MAX_WINK_RUN, runBreaks, sourceOffset, winkReads } from '../src/document/wink-reads.js';
import { SHAPES } from './helpers/shapes.js';

/** fast-check runs, multiplied by HOSTILE_RUNS for a longer hunt (HOSTILE_RUNS=20 npx vitest run ...). */
const runs = (n: number) => ({ numRuns: n * Number(process.env.HOSTILE_RUNS ?? 1) });

const NONE = { value: null, source: 'none' } as const;

/** The longest run without wink's white space in `s`. */
function longestRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = isWinkSpace(s.charCodeAt(i)) ? 0 : run + 1;
    best = Math.max(best, run);
  }
  return best;
}

describe('winkReads: what wink-nlp is handed', () => {
  it.each(Object.keys(SHAPES))('%s: no run longer than MAX_WINK_RUN, no read longer than MAX_WINK_READ, nothing lost', (shape) => {
    const text = `Lead. ${SHAPES[shape]!(120_000)} end.`;
    const reads = winkReads(text, 0, text.length);
    for (const r of reads) {
      expect(longestRun(r.text)).toBeLessThanOrEqual(MAX_WINK_RUN);
      expect(r.to - r.from).toBeLessThanOrEqual(MAX_WINK_READ);
      // The read's text is the input with one space before each break, nothing else.
      expect(r.text.length).toBe(r.to - r.from + r.breaks.length);
    }
    expect(reads.map((r) => [r.from, r.to])).toEqual(reads.map((r, i) => [i ? reads[i - 1]!.to : 0, r.to]));
    expect(reads.at(-1)!.to).toBe(text.length);
  });

  it('maps every position of the text handed to wink back to the input exactly', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('x', 'Y', '7', '.', '/', '-', ' ', '\n', '\u00A0', '\uD83D', '\uDE00', '\u2028'), maxLength: 700 }), fc.integer({ min: 4, max: 40 }), fc.integer({ min: 50, max: 300 }), (text, maxRun, maxRead) => {
      const wrong: number[] = [];
      for (const r of winkReads(text, 0, text.length, maxRun, maxRead)) {
        const inserted = new Set(r.breaks.map((b, k) => b - r.from + k));
        for (let at = 0; at < r.text.length; at++) {
          if (!inserted.has(at) && text[sourceOffset(r, at)] !== r.text[at]) wrong.push(at);
        }
      }
      expect(wrong).toEqual([]);
    }), runs(200));
  });

  it('breaks a run after a punctuation mark where one is near, and never inside a surrogate pair', () => {
    const url = 'https://example.com/' + 'abcdefghij/'.repeat(40);
    const breaks = runBreaks(url, 0, url.length, 64);
    expect(breaks.length).toBeGreaterThan(3);
    expect(breaks.every((b) => url[b - 1] === '/')).toBe(true);
    const emoji = '\uD83D\uDE00'.repeat(300);
    expect(runBreaks(emoji, 0, emoji.length, 65).every((b) => b % 2 === 0)).toBe(true);
  });

  it('leaves ordinary text alone: one read, no break', () => {
    const text = 'Twitter sued the government on Thursday. "We will fight this in court," said Jane Doe.';
    expect(winkReads(text, 0, text.length)).toEqual([{ from: 0, to: text.length, breaks: [], text }]);
  });
});

describe('breakLongRuns: what compromise is handed', () => {
  it.each(Object.keys(SHAPES))('%s: same length, only line breaks put in, no run or line beyond its cap', (shape) => {
    const text = SHAPES[shape]!(30_000);
    const broken = breakLongRuns(text, analyse(text, NONE).sentences);
    expect(broken.length).toBe(text.length);
    const changed = [...broken].filter((ch, i) => ch !== text[i]);
    expect(new Set(changed)).toEqual(new Set(changed.length ? ['\n'] : []));
    expect(Math.max(...broken.split(/\s/).map((run) => run.length))).toBeLessThanOrEqual(MAX_WINK_RUN);
    expect(Math.max(...broken.split('\n').map((line) => line.length))).toBeLessThanOrEqual(MAX_RUN + 1);
  });
});

describe('analyse() on long runs', () => {
  it.each(Object.keys(SHAPES))('%s: tokens of at most MAX_WINK_RUN, sentences of at most MAX_RUN, every character in a token', (shape) => {
    const text = SHAPES[shape]!(60_000);
    const doc = analyse(text, NONE);
    expect(Math.max(...doc.tokens.map((t) => t.end - t.start))).toBeLessThanOrEqual(MAX_WINK_RUN);
    expect(Math.max(...doc.sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_RUN);
    const covered = new Uint8Array(text.length);
    for (const t of doc.tokens) covered.fill(1, t.start, t.end);
    const missed = [...text].filter((ch, i) => !covered[i] && !/\s/.test(ch));
    expect(missed).toEqual([]);
    const outside = doc.tokens.filter((t) => t.start < doc.sentences[t.sentence]!.start || t.end > doc.sentences[t.sentence]!.end);
    expect(outside).toEqual([]);
  });
});

describe('analyse() on any text', () => {
  // A token wink-nlp returns is placed only right at the cursor or after white space (a walk that
  // never searches ahead), so a character it did not place would show here as one in no token.
  // White space is judged in the normalised text: the normaliser turns zero-width characters and the
  // outer mark of a doubled '' into a space on purpose (the quotation's span still holds both marks).
  it('puts every character that is not white space in a token (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
      const doc = analyse(text, NONE);
      const covered = new Uint8Array(text.length);
      for (const t of doc.tokens) covered.fill(1, t.start, t.end);
      const missed: number[] = [];
      for (let i = 0; i < text.length; i++) if (!covered[i] && /\S/.test(doc.norm[i]!)) missed.push(i);
      expect(missed).toEqual([]);
    }), runs(300));
  });

  it.each([["''"], ["a\u200Bb"], ["He said ''no.''"]])('leaves out only what the normaliser made white space: %j', (text) => {
    const doc = analyse(text, NONE);
    const outside = [...text].map((_, i) => i).filter((i) => !doc.tokens.some((t) => t.start <= i && i < t.end) && /\S/.test(text[i]!));
    expect(outside.map((i) => doc.norm[i])).toEqual(outside.map(() => ' '));
    expect(outside.length).toBe(text.includes("''") ? text.split("''").length - 1 : 1);
  });
});

describe('OffsetIndex and the sentence token ranges', () => {
  const spansOf = (lengths: number[], gaps: number[]) => {
    const spans: Array<{ start: number; end: number }> = [];
    let at = 0;
    lengths.forEach((n, i) => {
      at += gaps[i % gaps.length]!;
      spans.push({ start: at, end: at + n });
      at += n;
    });
    return { spans, length: at + 3 };
  };

  it('answers as a search would, in at most 2^BLOCK_BITS steps past the table', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 70 }), { maxLength: 200 }), fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 9 }), (lengths, gaps) => {
      const { spans, length } = spansOf(lengths, gaps);
      const index = new OffsetIndex(spans, length);
      const wrong: unknown[] = [];
      let steps = 0;
      for (let at = -1; at <= length + 1; at++) {
        const holding = spans.findIndex((s) => s.start <= at && at < s.end);
        const after = spans.findIndex((s) => s.end > at);
        const from = spans.findIndex((s) => s.start >= at);
        const expected = [holding, after < 0 ? spans.length : after, from < 0 ? spans.length : from];
        const got = [index.at(at), index.firstEndingAfter(at), index.firstStartingFrom(at)];
        if (got.join() !== expected.join()) wrong.push({ at, got, expected });
        steps = Math.max(steps, index.stepsFor(at));
      }
      expect(wrong).toEqual([]);
      expect(steps).toBeLessThanOrEqual(1 << BLOCK_BITS);
    }), runs(60));
  });

  it('gives each sentence the range of its tokens, and each token its sentence', () => {
    const text = 'Twitter sued on Thursday. "We will fight," said Jane Doe.\n\nThe government declined to comment.';
    const doc = analyse(text, NONE);
    expect(doc.sentenceTokens).toHaveLength(doc.sentences.length);
    doc.sentenceTokens.forEach((r, s) => {
      for (let i = r.first; i < r.end; i++) expect(doc.tokens[i]!.sentence).toBe(s);
      expect(tokensIn(doc, doc.sentences[s]!.start, doc.sentences[s]!.end)).toEqual(doc.tokens.slice(r.first, r.end));
    });
    expect(doc.sentenceTokens.at(-1)!.end).toBe(doc.tokens.length);
  });

  it('tokenRange and sentenceAt agree with a scan of the document', () => {
    const text = 'Mr. Roe said: "It is over." Then he left, as did Ms. Doe.\nA new line; and more (words) here.';
    const doc: AnalysedDocument = analyse(text, NONE);
    const wrong: unknown[] = [];
    for (let a = 0; a <= text.length; a++) {
      const holding = doc.sentences.find((s) => s.start <= a && a < s.end);
      if (sentenceAt(doc, a) !== holding) wrong.push({ sentenceAt: a });
      for (let b = a; b <= text.length; b += 7) {
        const scanned = doc.tokens.filter((t) => t.start >= a && t.end <= b);
        const r = tokenRange(doc, a, b);
        const got = doc.tokens.slice(r.first, r.end);
        if (got.length !== scanned.length || got.some((t, i) => t !== scanned[i])) wrong.push({ tokenRange: [a, b] });
      }
    }
    expect(wrong).toEqual([]);
  });
});
