/**
 * The learned ranker for "he" and "she" (src/resolution/pronoun-ranker.ts) as shipped: what it
 * reads, how it chooses, that the resolution stage asks it only about gendered pronouns with a
 * choice to make, and that the same text always gives the same answer.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, DEFAULT_REFINERS, extract } from '../src/index.js';
import { FEATURE_NAMES } from '../src/resolution/pronoun-features.js';
import { LinearPronounRanker, RULES_ONLY, SHIPPED_RANKER, SHIPPED_TITLED_RANKER, shippedRanker, type PronounRanker } from '../src/resolution/pronoun-ranker.js';
import { referenceResolver } from '../src/resolution/resolve-references.js';
import stored from '../src/resolution/pronoun-weights.json';
import storedTitled from '../src/resolution/pronoun-weights-titled.json';

const vector = (values: Record<string, number>) => Float64Array.from(FEATURE_NAMES, (n) => values[n] ?? 0);

/** extract with the resolution stage's ranker replaced. */
const extractWith = (ranker: PronounRanker) =>
  createExtractor({ refiners: DEFAULT_REFINERS.map((r) => (r.name === 'resolve-references' ? referenceResolver(ranker) : r)) });

const resolvedTo = (text: string, phrase: string, run: (t: string) => ReturnType<typeof extract>) => {
  const at = text.indexOf(phrase);
  return run(text).entities.find((e) => e.mentions.some((m) => m.form === 'pronoun' && m.start === at))?.name ?? null;
};

describe('LinearPronounRanker', () => {
  const ranker = new LinearPronounRanker({ format: 1, trained: {}, weights: { salience: 2, 'same-sentence': -1, 'no such feature': 5 } });

  it('scores a candidate as the sum of its features times their weights, and ignores unknown weights', () => {
    expect(ranker.score(vector({ salience: 1.5, 'same-sentence': 1 }))).toBeCloseTo(2, 12);
    expect(ranker.score(vector({}))).toBe(0);
  });

  it('chooses the best-scoring candidate', () => {
    expect(ranker.choose([vector({ salience: 1 }), vector({ salience: 3 }), vector({ salience: 2 })], 0)).toBe(1);
  });

  it("keeps the rules' choice on a tie, then the earlier candidate", () => {
    expect(ranker.choose([vector({ salience: 1 }), vector({ salience: 1 })], 1)).toBe(1);
    expect(ranker.choose([vector({ salience: 0 }), vector({ salience: 1 }), vector({ salience: 1 })], 0)).toBe(1);
    expect(new LinearPronounRanker({ format: 1, trained: {}, weights: {} }).choose([vector({}), vector({})], 1)).toBe(1);
  });

  it('refuses a stored model of another format', () => {
    expect(() => new LinearPronounRanker({ format: 2 as 1, trained: {}, weights: {} })).toThrow(/does not match/);
  });
});

describe('the shipped pronoun models', () => {
  it.each([['text alone', stored.weights], ['text and title', storedTitled.weights]])('%s: one name per feature, and a weight only for features the stage computes', (_, weights) => {
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
    const names = new Set(FEATURE_NAMES);
    expect(Object.keys(weights).length).toBeGreaterThan(10);
    for (const name of Object.keys(weights)) expect(names.has(name), name).toBe(true);
    expect((weights as Record<string, number>)['rule:choice']).toBeGreaterThan(0);
  });

  it('are the rankers the stage uses: the titled one only when there is a title, and only it weighs the title', () => {
    expect(SHIPPED_RANKER).toBeInstanceOf(LinearPronounRanker);
    expect(SHIPPED_TITLED_RANKER).toBeInstanceOf(LinearPronounRanker);
    expect([shippedRanker(false), shippedRanker(true)]).toEqual([SHIPPED_RANKER, SHIPPED_TITLED_RANKER]);
    const titleWeights = (w: Record<string, number>) => Object.keys(w).filter((n) => n.includes('title'));
    expect(titleWeights(stored.weights)).toEqual([]);
    expect((storedTitled.weights as Record<string, number>)['in-title']).toBeGreaterThan(0);
  });
});

describe('the resolution stage and its ranker', () => {
  it('asks about "he" and "she" with two candidates, with one vector of every feature per candidate', () => {
    const asked: number[][] = [];
    const recorder: PronounRanker = {
      choose(xs, ruleChoice, at) {
        asked.push(xs.map((x) => x.length));
        expect(at.referents.length).toBe(xs.length);
        expect(ruleChoice).toBeGreaterThanOrEqual(0);
        expect(ruleChoice).toBeLessThan(xs.length);
        return ruleChoice;
      },
    };
    const text = 'Maria Lopez met Anna Price on Monday. She said the company would expand. It hired 40 workers.';
    expect(resolvedTo(text, 'She', extractWith(recorder))).toBe(resolvedTo(text, 'She', extractWith(RULES_ONLY)));
    // "She" has two women to choose from; "It" is not the ranker's.
    expect(asked).toEqual([[FEATURE_NAMES.length, FEATURE_NAMES.length]]);
  });

  it('is not asked when agreement leaves one candidate', () => {
    let asked = 0;
    const counter: PronounRanker = { choose: (_xs, ruleChoice) => (asked++, ruleChoice) };
    expect(resolvedTo('Maria Lopez met Tom Becker on Monday. She said the talks had gone well.', 'She', extractWith(counter))).toBe('Maria Lopez');
    expect(asked).toBe(0);
  });

  it('takes whatever candidate the ranker chooses', () => {
    const text = 'Mark Olsen met Peter Vance on Monday. He said the talks had gone well.';
    const first = resolvedTo(text, 'He', extractWith({ choose: () => 0 }));
    const second = resolvedTo(text, 'He', extractWith({ choose: (xs) => xs.length - 1 }));
    expect(new Set([first, second])).toEqual(new Set(['Mark Olsen', 'Peter Vance']));
  });

  it('gives the same output for the same input', () => {
    const text = 'Karen Wells hired Janet Fowler in 2019. Wells praised her work, and she thanked her boss. He was not there, said Paul Stone.';
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });
});

describe("the article's title (ExtractOptions.title)", () => {
  const twoPeople: Array<[string, string, string, string]> = [
    ['Mark Olsen met Peter Vance on Monday. He said the talks had gone well.', 'He', 'Mark Olsen', 'Peter Vance'],
    ['Anna Berg studied with Laura Kim from 1990 to 1994. Her early paintings show the influence of the older artist.', 'Her', 'Anna Berg', 'Laura Kim'],
    ['Paul Adams was hired by Victor Hale in 2001. His first project was a bridge in Ohio.', 'His', 'Paul Adams', 'Victor Hale'],
  ];
  const withTitle = (title: string) => (t: string) => extract(t, { title });

  it.each(twoPeople)('tips "he" or "she" toward the person the title names: %s', (text, pronoun, first, second) => {
    expect(resolvedTo(text, pronoun, extract)).toBe(first);
    expect(resolvedTo(text, pronoun, withTitle(second))).toBe(second);
    expect(resolvedTo(text, pronoun, withTitle(`${second} wins award`))).toBe(second);
    expect(resolvedTo(text, pronoun, withTitle(first))).toBe(first);
  });

  it('is read only by the pronoun ranker: here a title naming neither person changes nothing, and no span points into it', () => {
    const text = 'Mark Olsen met Peter Vance on Monday. "We agreed on a plan," he said. The deal closes on Friday.';
    expect(JSON.stringify(extract(text, { title: 'Talks in Oslo end' }))).toBe(JSON.stringify(extract(text)));
    const r = extract(text, { title: 'Peter Vance strikes a deal' });
    expect(r.length).toBe(text.length);
    for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.quotes[0]?.speaker?.name).toBe('Peter Vance');
  });
});
