/**
 * Claims around partial quotes: where the reporter's clause that holds the quote starts and ends.
 * Hand-written sentences, one per rule of src/claims/claim-start.ts and src/claims/clause-end.ts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { badSpans } from './helpers/spans.js';

function quoteClaims(text: string) {
  const r = extract(text, { referenceDate: '2020-05-01' });
  expect(badSpans(text, r)).toEqual([]);
  return r.claims.filter((c) => c.source === 'quote').map((c) => ({ cue: c.cue?.text ?? null, content: c.content.text }));
}

describe('where a partial quote\'s claim starts', () => {
  it.each([
    ['the attribution follows the quote',
      'The new plan is "a serious mistake," Smith said on Tuesday.',
      { cue: 'said on Tuesday', content: 'The new plan is "a serious mistake,"' }],
    ['the attribution is an aside after the subject',
      'The budget, Smith said, "will not survive the winter."',
      { cue: 'said', content: 'The budget, Smith said, "will not survive the winter."' }],
    ['the attribution is an aside after an opening adverb',
      'Instead, the mayor said, "we will build more schools."',
      { cue: 'said', content: 'Instead, the mayor said, "we will build more schools."' }],
    ['a relative clause whose subject attributes',
      'The mayor defended the budget, which the council described as "a reckless gamble with our money."',
      { cue: 'described', content: 'which the council described as "a reckless gamble with our money."' }],
    ['"according to X," before the clause',
      'According to two aides, the plan "is dead for this year."',
      { cue: 'According to', content: 'the plan "is dead for this year."' }],
    ['the cue inside a reported clause: the outer verb is the cue',
      'Smith said he expects "a long and costly appeal" from the state.',
      { cue: 'said', content: 'he expects "a long and costly appeal" from the state' }],
    ['the cue inside a "that" clause',
      'The senator added that the White House seemed "rattled" by the vote.',
      { cue: 'added', content: 'that the White House seemed "rattled" by the vote' }],
    ['an object and a time between the cue and "that"',
      'Smith told reporters on Monday that the deal was "dead on arrival."',
      { cue: 'told', content: 'that the deal was "dead on arrival."' }],
  ])('%s', (_rule, text, expected) => {
    expect(quoteClaims(text)).toEqual([expected]);
  });

  it('does not reach back over an opening subordinate clause', () => {
    expect(quoteClaims('When asked about the vote, Smith said, "we will see."')).toEqual([{ cue: 'said', content: '"we will see."' }]);
  });
});

describe('where a partial quote\'s claim ends', () => {
  it.each([
    ['a second, coordinated attribution', 'Smith called the bill "a disgrace" and said he would vote against it.', 'the bill "a disgrace"'],
    ['a semicolon', 'Smith called the plan "a fantasy"; the council approved it anyway.', 'the plan "a fantasy"'],
    ['a dash', 'Smith called the plan "a fantasy" - a word she used twice.', 'the plan "a fantasy"'],
    ['a subordinate clause after a comma', 'Smith called the law "much better" than the old one, since it gives more power to the states.', 'the law "much better" than the old one'],
    ['a relative clause after a comma', 'Smith said the deal was "a bad one" for Ohio, where jobs are scarce.', 'the deal was "a bad one" for Ohio'],
  ])('stops at %s', (_boundary, text, content) => {
    expect(quoteClaims(text).map((c) => c.content)).toEqual([content]);
  });

  it.each([
    ['a dash that closes an aside opened before the quote', 'Smith said the tone of the race -- "an insult to voters" -- had worn him down.', 'the tone of the race -- "an insult to voters" -- had worn him down'],
    ['a later quote in the same clause', 'Clinton said that her family "came out of the White House dead broke," and "struggled to pay the mortgages."', 'that her family "came out of the White House dead broke," and "struggled to pay the mortgages."'],
    ['"and" before a noun', 'Smith called the plan "a fantasy" and a waste of money.', 'the plan "a fantasy" and a waste of money'],
  ])('goes on past %s', (_what, text, content) => {
    expect(quoteClaims(text).map((c) => c.content)).toEqual([content]);
  });
});
