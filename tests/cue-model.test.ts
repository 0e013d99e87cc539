/** The cue classifier as shipped, and the rule that keeps one claim of those reporting the same words. */
import { describe, expect, it } from 'vitest';
import { CueModel, defaultCueModel } from '../src/attribution/cue-model.js';
import { keepReported } from '../src/attribution/reported-speech.js';

describe('CueModel', () => {
  const model = new CueModel({ format: 1, trained: {}, bias: -1, threshold: 0.5, weights: { 'w:verb:say': 2, neg: -3 }, rates: { 'verb:say': 0.84 } });

  it('adds the weights of the features it knows to its bias, and ignores the rest', () => {
    expect(model.probability(['w:verb:say', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(model.probability(['w:verb:say'], ['neg'])).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
    expect(model.probability([])).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });

  it('gives a cue rate only for the words it has one for', () => {
    expect(model.rate('verb:say')).toBe(0.84);
    expect(model.rate('verb:unheard')).toBeUndefined();
  });

  it('refuses a stored model of another format', () => {
    expect(() => new CueModel({ format: 2 as 1, trained: {}, bias: 0, threshold: 0.5, weights: {}, rates: {} })).toThrow(/does not match/);
  });

  it('ships a model whose threshold is a probability', () => {
    const shipped = defaultCueModel();
    expect(shipped.threshold).toBeGreaterThan(0);
    expect(shipped.threshold).toBeLessThan(1);
    expect(shipped.probability(['listed:true', 'c:verb'])).toBeGreaterThan(0);
  });
});

describe('keepReported', () => {
  const claim = (start: number, end: number) => ({ content: { start, end } });

  it('keeps of two claims on nearly the same words the likelier, and keeps claims apart', () => {
    const candidates = [
      { claim: claim(0, 40), fixed: false, probability: 0.6, name: 'said' },
      { claim: claim(5, 40), fixed: false, probability: 0.9, name: 'tweeted' },
      { claim: claim(50, 80), fixed: false, probability: 0.4, name: 'apart' },
      { claim: claim(90, 99), fixed: false, probability: 0.1, name: 'below' },
    ];
    expect(keepReported(candidates, 0.3).map((c) => c.name)).toEqual(['tweeted', 'apart']);
  });

  it('keeps a fixed rule\'s claim whatever its probability', () => {
    expect(keepReported([{ claim: claim(0, 10), fixed: true, probability: 0, name: 'according to' }], 0.5).map((c) => c.name)).toEqual(['according to']);
  });
});
