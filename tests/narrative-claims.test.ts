/** Narrative claims: the reporter's own statements, one per uncovered sentence or clause. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { FIXTURES, SEED_DATE, fixture } from './helpers/fixtures.js';
import { badSpans } from './helpers/spans.js';

const t000 = fixture(FIXTURES[0]);
const t001 = fixture(FIXTURES[1]);
const r000 = extract(t000, { referenceDate: SEED_DATE });
const r001 = extract(t001, { referenceDate: SEED_DATE });
const narrative = (r: typeof r000) => r.claims.filter((c) => c.source === 'narrative');

describe('narrative claims', () => {
  it.each([
    // The rest of the sentence reports the administration's demand (reported speech since issue 21).
    [r001, 'Twitter is suing to stop the Trump Administration'],
    [r001, 'The government is basing its request on a power it typically uses to obtain records relating to imported merchandise'],
    [r000, 'Soon after the lawsuit news broke, @ALT_uscis pinned the tweet of a copy of the First Amendment and an image of part of the lawsuit'],
    // A semicolon parts two statements: this is the second.
    [r000, 'every user targeted by the government is directly notified by the social network and it does not transmit data to the authorities without the consent of the owner of the account'],
  ])('states in the outlet\'s voice: %#', (r, text) => {
    const claim = narrative(r).find((c) => c.content.text === text);
    expect(claim).toMatchObject({ type: 'statement', speaker: null, cue: null, quote: null, rule: 'narrative:sentence' });
    expect(claim!.confidence).toBeLessThan(Math.min(...r.claims.filter((c) => c.source !== 'narrative').map((c) => c.confidence)));
  });

  it.each([
    ['a heading with no verb', r000, 'An unchanged privacy policy'],
    ['a heading with no verb', r000, 'The U.S. government versus data protection'],
    ['a sentence reported speech covers', r000, 'filed a lawsuit'],
    ['a quotation\'s attribution', r001, 'Twitter argued'],
    ['the speaker and cue of a belief', r000, 'loves Twitter'],
  ])('makes no claim of %s: "%s"', (_what, r, words) => {
    expect(narrative(r).filter((c) => c.content.text.includes(words))).toEqual([]);
  });

  it('keeps the main clause before a participle that reports, and leaves out a dateline', () => {
    const text = 'SPRINGFIELD, Ill. — A federal judge on Tuesday threw out the case against the former mayor, saying prosecutors waited too long.';
    const r = extract(text);
    expect(badSpans(text, r)).toEqual([]);
    expect(narrative(r).map((c) => c.content.text)).toEqual(['A federal judge on Tuesday threw out the case against the former mayor']);
    expect(r.claims.filter((c) => c.source === 'reported').map((c) => c.content.text)).toEqual(['prosecutors waited too long']);
  });

  it('never overlaps a quotation or another claim', () => {
    for (const r of [r000, r001]) {
      const others = r.claims.filter((c) => c.source !== 'narrative');
      for (const n of narrative(r)) {
        for (const q of r.quotes) expect(n.content.end <= q.start || n.content.start >= q.end, n.content.text).toBe(true);
        for (const o of others) expect(n.content.end <= o.content.start || n.content.start >= o.content.end).toBe(true);
      }
    }
  });

  it('links the entities and dates of each narrative claim', () => {
    const claim = narrative(r000).find((c) => c.content.text.startsWith('In 2014, Twitter sued'))!;
    expect(claim.dates.map((id) => r000.dates.find((d) => d.id === id)!.value)).toEqual(['2014']);
    const profile = narrative(r001).find((c) => c.content.text.startsWith('The @ALT_USCIS profile'))!;
    expect(profile.entities.map((id) => r001.entities.find((e) => e.id === id)!.key)).toEqual(expect.arrayContaining(['@alt_uscis', 'uscis']));
  });

  it('keeps every span exact', () => {
    expect(badSpans(t000, narrative(r000))).toEqual([]);
    expect(badSpans(t001, narrative(r001))).toEqual([]);
  });

  it('ends where the statement ends, not on the word that joined it to a quote or a reported claim', () => {
    for (const r of [r000, r001]) {
      for (const n of narrative(r)) expect(n.content.text, n.content.text).not.toMatch(/\b(?:and|or|but|the|a|an|of|to|that|which)$/i);
    }
    // Cut before "the bio of the account is quoted: ...": the name in quotation marks keeps its closing mark.
    expect(narrative(r000).map((c) => c.content.text)).toContain('The account is named "ALT Immigration"');
    // Cut before a reported claim: "that" joined the two.
    expect(narrative(r000).map((c) => c.content.text)).toContain('This is not the first time');
  });

  it('keeps a last word that ends the sentence, whatever its part of speech', () => {
    const r = extract('The senator said the vote would pass. Nobody in the chamber had expected that.');
    expect(narrative(r).map((c) => c.content.text)).toContain('Nobody in the chamber had expected that');
  });

  it('makes no claim of a text with no statement in it', () => {
    expect(narrative(extract('Breaking news\n\nMore soon'))).toEqual([]);
  });
});
