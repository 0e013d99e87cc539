/**
 * The eval scorer on hand-made cases. Nothing here reads shared/eval: the spans are built by hand,
 * so the thresholds and rules are tested, not the data.
 */
import { describe, expect, it } from 'vitest';
import { emptyResult } from '../scripts/eval/evaluate-file.js';
import type { GoldQuote, GoldTimex } from '../scripts/eval/gold.js';
import {
  overlapRatio, prf, sameNameWords, scoreAttribution, scoreDates, scoreEntities,
} from '../scripts/eval/score.js';
import type { Claim, DateMention, Entity, ExtractResult, Quote, QuoteClaim, ReportedClaim, Speaker } from '../src/types.js';

const TEXT = 'x'.repeat(400);
const span = (start: number, end: number) => ({ start, end, text: TEXT.slice(start, end) });

/** A reported claim over [start, end), with a speaker that names no one and an empty cue unless given. */
function claim(start: number, end: number, extra: Partial<ReportedClaim> = {}): Claim {
  return { kind: 'claim', id: `c${start}-${end}`, type: 'statement', source: 'reported', speaker: { mention: null, entity: null, name: null, evidence: 'name' },
    cue: span(start, start), content: span(start, end), quote: null, entities: [], dates: [], confidence: 1, rule: 'reported:cue', ...extra };
}

function quoteClaim(start: number, end: number, extra: Partial<QuoteClaim> = {}): Claim {
  return { kind: 'claim', id: `c${start}-${end}`, type: 'statement', source: 'quote', speaker: null, cue: null,
    content: span(start, end), quote: 'q0', entities: [], dates: [], confidence: 1, rule: 'quote:none', ...extra };
}

function gold(start: number, end: number, extra: Partial<GoldQuote> = {}): GoldQuote {
  return { ...span(start, end), fragments: [span(start, end)], kind: 'indirect', speaker: null,
    speakerStart: null, speakerEnd: null, cue: null, attributionId: 'A', ...extra };
}

function result(parts: Partial<ExtractResult>): ExtractResult {
  return { ...emptyResult(TEXT), ...parts };
}

describe('overlap thresholds (share of the longer span)', () => {
  it.each([
    // [pred, gold, lenient match, strict match]
    [[0, 100], [70, 170], true, false], // 30/100 = 0.3 exactly: lenient
    [[0, 100], [71, 171], false, false], // 29/100
    [[0, 100], [20, 100], true, true], // 80/100 = 0.8 exactly: strict
    [[0, 100], [21, 100], true, false], // 79/100
    [[0, 30], [0, 100], true, false], // fully inside, but only 0.3 of the longer
  ] as const)('pred %j gold %j', (p, g, lenient, strict) => {
    const s = scoreAttribution([gold(g[0], g[1])], result({ claims: [claim(p[0], p[1])] }));
    expect(s.lenient.all.matchedGold).toBe(lenient ? 1 : 0);
    expect(s.strict.all.matchedGold).toBe(strict ? 1 : 0);
  });

  it('is symmetric and 0 for empty spans', () => {
    expect(overlapRatio({ start: 0, end: 10 }, { start: 5, end: 25 })).toBe(0.25);
    expect(overlapRatio({ start: 5, end: 25 }, { start: 0, end: 10 })).toBe(0.25);
    expect(overlapRatio({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(0);
  });
});

describe('one-to-one matching', () => {
  it('gives a gold item to its best prediction only', () => {
    const s = scoreAttribution([gold(0, 100)], result({ claims: [claim(0, 60), claim(0, 95)] }));
    expect(s.lenient.all).toEqual({ matchedPred: 1, pred: 2, matchedGold: 1, gold: 1 });
    expect(s.errors.filter((e) => e.error === 'false-positive').map((e) => e.end)).toEqual([60]);
  });

  it('lets one prediction cover only one of two gold items', () => {
    const s = scoreAttribution([gold(0, 50), gold(50, 100)], result({ claims: [claim(0, 100)] }));
    expect(s.lenient.all.matchedGold).toBe(1);
    expect(prf(s.lenient.all)).toEqual({ p: 1, r: 0.5, f1: 2 / 3 });
  });
});

describe('kinds', () => {
  const q = (form: Quote['form']): Quote => ({ kind: 'quote', id: 'q1', form, ...span(10, 50), fragments: [],
    speaker: null, cue: null, full: { start: 0, end: 50 }, paragraphs: 1 });

  it('scores a partial quote as mixed, over the hull of content and quote', () => {
    const c = quoteClaim(0, 50, { quote: 'q1', content: span(11, 49) });
    const s = scoreAttribution([gold(10, 50, { kind: 'mixed' })], result({ quotes: [q('partial')], claims: [c] }));
    expect(s.strict.mixed).toEqual({ matchedPred: 1, pred: 1, matchedGold: 1, gold: 1 });
    expect(s.strict['direct+mixed'].matchedPred).toBe(1);
    expect(s.strict.direct.pred).toBe(0);
    expect(s.strict.indirect.pred).toBe(0);
  });
});

describe('speaker rule', () => {
  const person: Entity = { kind: 'entity', id: 'e1', type: 'person', name: 'Hillary Clinton', key: 'hillary clinton',
    mentions: [{ kind: 'mention', entity: 'e1', form: 'pronoun', ...span(300, 302) }] };
  const sp = (s: Partial<Speaker>): Speaker => ({ mention: null, entity: null, name: null, evidence: 'name', ...s });
  const g = (speaker: string | null) =>
    gold(0, 100, { speaker, speakerStart: speaker ? 120 : null, speakerEnd: speaker ? 120 + speaker.length : null });
  const run = (gq: GoldQuote, speaker: Speaker) =>
    scoreAttribution([gq], result({ entities: [person], claims: [claim(0, 100, { speaker })] })).speaker.all;

  it.each([
    ['mention overlaps the gold source span', g('the senator'), sp({ mention: span(115, 125) }), 1],
    ['mention elsewhere, no shared name', g('the senator'), sp({ mention: span(200, 210) }), 0],
    ['resolved name contains the gold name as whole words', g('Clinton'), sp({ entity: 'e1', name: 'Hillary Clinton' }), 1],
    ['only part of a word', g('Clint'), sp({ name: 'Hillary Clinton' }), 0],
    ['an unresolved pronoun elsewhere is not a name', g('he'), sp({ mention: span(5, 7), name: 'he' }), 0],
  ] as const)('%s', (_label, gq, speaker, correct) => {
    expect(run(gq, speaker)).toEqual({ correct, total: 1 });
  });

  it('leaves gold items without a speaker out of the denominator', () => {
    expect(run(g(null), sp({ name: 'Hillary Clinton' }))).toEqual({ correct: 0, total: 0 });
  });

  it('compares whole words both ways, ignoring case', () => {
    expect(sameNameWords("Clinton's campaign", 'clinton')).toBe(true);
    expect(sameNameWords('Clintonville', 'Clinton')).toBe(false);
  });
});

describe('entities', () => {
  it('scores name mentions by exact span and mapped type, ignoring descriptions', () => {
    const e = (id: string, type: Entity['type'], s: number, t: number, form: 'name' | 'description'): Entity => ({
      kind: 'entity', id, type, name: id, key: id, mentions: [{ kind: 'mention', entity: id, form, ...span(s, t) }] });
    const out = result({ entities: [e('a', 'person', 0, 5, 'name'), e('b', 'court', 10, 20, 'name'),
      e('c', 'place', 30, 40, 'description'), e('d', 'place', 50, 54, 'name')] });
    const s = scoreEntities([{ ...span(0, 5), type: 'PER' }, { ...span(10, 20), type: 'ORG' }, { ...span(50, 55), type: 'LOC' }], out);
    expect(s.counts['PER+ORG+LOC']).toEqual({ matchedPred: 2, pred: 3, matchedGold: 2, gold: 3 });
    expect(s.counts.LOC.matchedGold).toBe(0);
  });
});

describe('timexes', () => {
  const d = (s: number, t: number, value: string | null): DateMention =>
    ({ kind: 'date', id: `d${s}`, type: 'DATE', value, written: [], implied: [], ...span(s, t) });
  const g = (s: number, t: number, value: string): GoldTimex => ({ ...span(s, t), type: 'DATE', value });

  it('counts value accuracy over relaxed matches and TE-3 value F1 over all items', () => {
    const s = scoreDates([g(0, 10, '2017-04-06'), g(20, 30, '2014'), g(40, 50, 'P3M')],
      result({ dates: [d(0, 10, '2017-04-06'), d(22, 30, '2015'), d(60, 70, null)] }));
    expect(s.strict.matchedGold).toBe(1);
    expect(s.relaxed.matchedGold).toBe(2);
    expect(s.value).toEqual({ correct: 1, total: 2 });
    expect(prf(s.valueF1)).toEqual({ p: 1 / 3, r: 1 / 3, f1: 1 / 3 });
  });
});

describe('empty inputs', () => {
  it('give 0, not NaN', () => {
    const a = scoreAttribution([], result({}));
    expect(prf(a.lenient.all)).toEqual({ p: 0, r: 0, f1: 0 });
    const t = scoreDates([], result({}));
    expect(prf(t.valueF1)).toEqual({ p: 0, r: 0, f1: 0 });
    expect(scoreEntities([], result({})).counts.all).toEqual({ matchedPred: 0, pred: 0, matchedGold: 0, gold: 0 });
  });
});
