/**
 * The entity tagger's contract (src/entities/tagger/): labels that always make well-formed spans,
 * spans that start and end on token boundaries with exact offsets, the same answer for the same
 * text whatever was read before, the stored model read back as it was written, and no failure on
 * empty or odd input. What it finds on news text is in legal-entities.test.ts and entities.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document/analyse.js';
import { appositionHeads, documentEvidence, sentenceFeatures, shapeOf, type TagToken } from '../src/entities/tagger/features.js';
import { LABELS, LABEL_COUNT, allowed, allowedLast, decode, encode, type TokenSpan } from '../src/entities/tagger/labels.js';
import { LEVEL_CHARS, MAX_LEVEL, levelWeight, loadModel, type StoredModel } from '../src/entities/tagger/model.js';
import { sentenceScores } from '../src/entities/tagger/emissions.js';
import { sentenceEmissions, shippedTagger, tagDocument, tagSentences } from '../src/entities/tagger/tag.js';
import { sentenceTokens } from '../src/entities/tagger/tokens.js';
import { viterbi } from '../src/entities/tagger/viterbi.js';

const NO_DATE = { value: null, source: 'none' } as const;
const tag = (text: string) => tagDocument(analyse(text, NO_DATE));
const rows = (text: string) => tag(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('labels', () => {
  it('has O and B/I/L/U for each of PER, ORG, LOC and MISC', () => {
    expect(LABEL_COUNT).toBe(17);
    expect(LABELS.slice(0, 5)).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER']);
  });

  it('decodes what it encodes', () => {
    const spans: TokenSpan[] = [{ first: 0, last: 1, type: 'PER' }, { first: 3, last: 3, type: 'LOC' }, { first: 4, last: 6, type: 'ORG' }];
    expect(decode(encode(8, spans))).toEqual(spans);
  });

  it('closes a stray inside label instead of losing it', () => {
    // I-PER with nothing open, then O: one span of one token.
    expect(decode([2, 0])).toEqual([{ first: 0, last: 0, type: 'PER' }]);
  });

  it('allows only well-formed sequences', () => {
    const b = LABELS.indexOf('B-PER');
    expect(allowed(-1, b)).toBe(true);
    expect(allowed(-1, LABELS.indexOf('I-PER'))).toBe(false);
    expect(allowed(b, LABELS.indexOf('L-PER'))).toBe(true);
    expect(allowed(b, LABELS.indexOf('L-ORG'))).toBe(false);
    expect(allowed(b, 0)).toBe(false);
    expect(allowedLast(b)).toBe(false);
    expect(allowedLast(LABELS.indexOf('U-LOC'))).toBe(true);
  });
});

describe('viterbi', () => {
  const scores = (n: number) => fc.array(fc.float({ min: -50, max: 50, noNaN: true }), { minLength: n * LABEL_COUNT, maxLength: n * LABEL_COUNT });

  it('returns a well-formed sequence for any scores', () => {
    // Transition scores are (LABEL_COUNT + 1) rows of LABEL_COUNT: as many as for LABEL_COUNT + 1 tokens.
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), scores(n), scores(LABEL_COUNT + 1))), ([n, e, t]) => {
      const labels = viterbi(Float64Array.from(e), n, Float64Array.from(t));
      expect(labels).toHaveLength(n);
      labels.forEach((y, i) => expect(allowed(i === 0 ? -1 : labels[i - 1]!, y)).toBe(true));
      expect(allowedLast(labels.at(-1)!)).toBe(true);
    }), { numRuns: 200, seed: 15 });
  });

  it('finds the best sequence: brute force agrees on short sentences', () => {
    fc.assert(fc.property(fc.tuple(scores(3), scores(LABEL_COUNT + 1)), ([e, t0]) => {
      const t = Float64Array.from(t0);
      const score = (ys: number[]) => ys.reduce((sum, y, i) => sum + e[i * LABEL_COUNT + y]! + t[((i === 0 ? -1 : ys[i - 1]!) + 1) * LABEL_COUNT + y]!, 0);
      let best = -Infinity;
      for (let a = 0; a < LABEL_COUNT; a++) for (let b = 0; b < LABEL_COUNT; b++) for (let c = 0; c < LABEL_COUNT; c++) {
        const ys = [a, b, c];
        if (allowed(-1, a) && allowed(a, b) && allowed(b, c) && allowedLast(c)) best = Math.max(best, score(ys));
      }
      expect(score(viterbi(Float64Array.from(e), 3, t))).toBeCloseTo(best, 6);
    }), { numRuns: 60, seed: 15 });
  });

  it('returns nothing for an empty sentence', () => {
    expect(viterbi(new Float64Array(0), 0, new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT))).toEqual([]);
  });

  it('decodes with the transition weights as they are at each call (the trainer changes its table in place)', () => {
    const t = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
    const e = new Float64Array(2 * LABEL_COUNT);
    // Two tokens that both lean to O; then the table is changed so that O after O costs a lot.
    e[0] = 1;
    e[LABEL_COUNT] = 1;
    expect(viterbi(e, 2, t)).toEqual([0, 0]);
    t[1 * LABEL_COUNT + 0] = -100;
    expect(viterbi(e, 2, t)).not.toEqual([0, 0]);
  });
});

describe('the stored model', () => {
  it('reads levels back as the square-root companding wrote them', () => {
    expect(LEVEL_CHARS).toHaveLength(2 * MAX_LEVEL + 1);
    expect(LEVEL_CHARS).not.toMatch(/[ "\\]/);
    expect(levelWeight(LEVEL_CHARS[MAX_LEVEL]!, 3)).toBe(0);
    expect(levelWeight(LEVEL_CHARS[MAX_LEVEL + 6]!, 3)).toBeCloseTo(4);
    expect(levelWeight(LEVEL_CHARS[MAX_LEVEL - 6]!, 3)).toBeCloseTo(-4);
  });

  it('loads features with their labels and weights', () => {
    const zero = LEVEL_CHARS[MAX_LEVEL]!;
    const stored: StoredModel = {
      format: 2, labels: [...LABELS], scale: 1, features: 'w=a\nw=b',
      pairs: `A${LEVEL_CHARS[MAX_LEVEL + 2]!}B${LEVEL_CHARS[MAX_LEVEL - 1]!} E${LEVEL_CHARS[MAX_LEVEL + 3]!}`,
      transitions: zero.repeat((LABEL_COUNT + 1) * LABEL_COUNT),
    };
    const m = loadModel(stored);
    expect([...m.offsets]).toEqual([0, 2, 3]);
    expect([...m.pairLabels]).toEqual([0, 1, 4]);
    expect([...m.pairWeights]).toEqual([4, -1, 9]);
  });

  it('refuses a model of another format or a damaged one', () => {
    const base = { format: 2, labels: [...LABELS], scale: 1, features: 'w=a', pairs: '', transitions: '' } as StoredModel;
    expect(() => loadModel({ ...base, format: 1 } as unknown as StoredModel)).toThrow(/does not match/);
    expect(() => loadModel({ ...base, pairs: 'A! B!' })).toThrow(/damaged/);
  });
});

describe('features', () => {
  it('folds character classes into shapes', () => {
    expect(['Okafor', 'U.S.', '1996-08-22', 'iPhone', 'NATO', '@ALT_uscis'].map(shapeOf)).toEqual(['Xx', 'X.X.', 'd-d-d', 'xXx', 'X', '@X_x']);
  });

  it('gives a name in apposition the head noun of its description', () => {
    const words = ['at', 'Doki', 'Doki', ',', 'a', 'dessert', 'shop', '.'];
    const pos = ['ADP', 'PROPN', 'PROPN', 'PUNCT', 'DET', 'NOUN', 'NOUN', 'PUNCT'];
    const tokens: TagToken[] = words.map((text, i) => ({ text, pos: pos[i]!, type: 'word' }));
    expect(appositionHeads(tokens, words.map((w) => w.toLowerCase()))).toEqual(['', 'shop', 'shop', '', '', '', '', '']);
  });

  it('reads what the rest of the document says about a word', () => {
    const doc = analyse('Park officials met. Helen Park spoke in the park.', NO_DATE);
    const evidence = documentEvidence(sentenceTokens(doc));
    expect(evidence.lower.has('park')).toBe(true);
    expect(evidence.capitalised.has('park')).toBe(true);
    expect(evidence.capitalised.has('officials')).toBe(false);
  });

  it('is a pure function of the sentence and the document evidence', () => {
    const sentences = sentenceTokens(analyse('Judge Maria Alvarez ruled in Oakland.', NO_DATE));
    const evidence = documentEvidence(sentences);
    expect(sentenceFeatures(sentences[0]!, evidence)).toEqual(sentenceFeatures(sentences[0]!, evidence));
  });
});

describe('emission scores', () => {
  it('equal the sum over every feature string, with the per-word sums cached', () => {
    const text = 'Judge Maria Alvarez ruled in Oakland. Alvarez said Crestline Financial, a bank, must pay.\n\nBANK LOSES APPEAL';
    const sentences = sentenceTokens(analyse(text, NO_DATE));
    const evidence = documentEvidence(sentences);
    const model = shippedTagger().first;
    for (const round of [1, 2]) {
      for (const tokens of sentences) {
        const fast = sentenceScores(model, tokens, evidence);
        const slow = sentenceEmissions(model, sentenceFeatures(tokens, evidence));
        expect(fast.length, `round ${round}`).toBe(slow.length);
        fast.forEach((x, k) => expect(x).toBeCloseTo(slow[k]!, 4));
      }
    }
  });
});

describe('tagging a document', () => {
  const ARTICLE = 'Judge Maria Alvarez ruled in Oakland on Friday that Crestline Financial must pay $2 million. "We will appeal," Alvarez said.\n\nThe bank declined to comment.';

  it('puts every span on token boundaries, with exact offsets', () => {
    const doc = analyse(ARTICLE, NO_DATE);
    const starts = new Set(doc.tokens.map((t) => t.start));
    const ends = new Set(doc.tokens.map((t) => t.end));
    const spans = tagDocument(doc);
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) {
      expect(starts.has(s.start) && ends.has(s.end)).toBe(true);
      expect(doc.tokens[s.first]!.start).toBe(s.start);
      expect(doc.tokens[s.last]!.end).toBe(s.end);
      expect(doc.tokens[s.first]!.sentence).toBe(doc.tokens[s.last]!.sentence);
    }
  });

  it('finds the people, places and organisations of a short article', () => {
    expect(rows(ARTICLE)).toEqual(['PER:Maria Alvarez', 'LOC:Oakland', 'ORG:Crestline Financial', 'PER:Alvarez']);
  });

  it('gives the same spans for the same text, whatever was tagged before', () => {
    const first = tag(ARTICLE);
    tag('Reuters reported that Okafor, 34, left Crestline for a rival firm in San Mateo.');
    tag(ARTICLE.toUpperCase());
    expect(tag(ARTICLE)).toEqual(first);
  });

  it('tags empty and odd input without failing', () => {
    for (const text of ['', ' ', '\n\n', '.', '"', '😀 😀', 'x'.repeat(3000), 'A'.repeat(200), '\u2028\u2029', 'Ünïcødé Ñame said.']) {
      const spans = tag(text);
      for (const s of spans) expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
    }
    expect(tag('')).toEqual([]);
    expect(tagSentences([])).toEqual([]);
  });
});
