/**
 * Wire datelines ("SPRINGFIELD, Ill. —") open a paragraph but are no part of its first clause: the
 * subject of the sentence, and so the speaker of a participle or quote in it, comes after them.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/document/analyse.js';
import { extract } from '../src/index.js';

const NONE = { value: null, source: 'none' } as const;

describe('datelineEnds', () => {
  it.each([
    ['SPRINGFIELD, Ill. — A federal judge threw out the case.', 'A federal judge'],
    ['WASHINGTON (AP) — The Senate passed the bill.', 'The Senate'],
    ['LONDON, March 3 (Reuters) - Britain said it would raise taxes.', 'Britain'],
    ['SAN JUAN, Puerto Rico -- The storm moved west.', 'The storm'],
  ])('%s', (text, next) => {
    const doc = analyse(text, NONE);
    expect(text.slice(doc.datelineEnds[0])).toMatch(new RegExp(`^${next}`));
  });

  it.each([
    ['A federal judge - not the jury - decided the case.'],
    ['I - and my colleagues - said the plan would fail.'],
    ['NASA said on Monday that the launch would slip.'],
    ['Trump — the candidate — spoke first.'],
  ])('finds none in %s', (text) => {
    const doc = analyse(text, NONE);
    expect(doc.datelineEnds[0]).toBe(doc.sentences[0]!.start);
  });
});

describe('speakers after a dateline', () => {
  it('gives a participle the subject after the dateline, not the city', () => {
    const r = extract('SPRINGFIELD, Ill. — A federal judge on Tuesday threw out the case against the former mayor, saying prosecutors waited too long.');
    const claim = r.claims.find((c) => c.source === 'reported')!;
    expect(claim.speaker?.name).toBe('A federal judge');
    expect(claim.content.text).toBe('prosecutors waited too long');
  });

  it('gives a quote in the first sentence its speaker after the dateline', () => {
    const r = extract('BOSTON (AP) — Mayor Ana Ruiz said the budget was "a promise kept" on Friday.');
    expect(r.quotes[0]!.speaker?.name).toBe('Ana Ruiz');
  });

  it('gives "it" after a dateline no antecedent in the dateline\'s place', () => {
    const r = extract('SACRAMENTO, Calif. (AP) — Brightline Analytics Inc. sued California on Monday, arguing that a new privacy law bars the company from selling location data it collects from phone apps.');
    expect(r.entities.find((e) => e.name === 'SACRAMENTO')?.mentions.map((m) => m.text)).toEqual(['SACRAMENTO']);
    expect(r.entities.find((e) => e.name === 'Brightline Analytics Inc.')?.mentions.map((m) => m.text)).toEqual(['Brightline Analytics Inc.', 'the company', 'it']);
  });
});
