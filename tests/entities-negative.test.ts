/** What must not become an entity or a legal action: each sentence here was written to tempt a rule. */
import { describe, expect, it } from 'vitest';
import { mentionRows, run } from './helpers/entities.js';

describe('not names', () => {
  it.each([
    // Sentence-initial capitals of common words.
    'Results were mixed, officials said on Monday.',
    'However, prices rose in most markets.',
    // Demonyms, religions and party adjectives are not names on their own.
    'French officials and Brazilian diplomats met.',
    'Hindu and Moslem leaders called for calm.',
    // Months and weekdays.
    'On Friday in December nothing happened.',
    // Common all-caps words that are no organisation.
    'The CEO appeared on TV.',
    // Currency signs.
    'The deal is worth US$ 6.8 billion.',
    // A headline of common words in capitals.
    'STOCKS FALL AS RATES RISE . Stocks fell on Tuesday as rates rose .',
    // E-mail addresses are not handles.
    'Write to desk@example.com for details.',
  ])('%s', (text) => {
    expect(mentionRows(run(text))).toEqual([]);
  });
});

describe('not legal', () => {
  it.each([
    'The order of events was unclear.',
    'Rivals quickly followed suit.',
    'He wore a grey suit to the party.',
    'Voters made an appeal for calm.',
    'She filed a complaint about the noise.',
    'The motion of the waves was calming.',
  ])('%s', (text) => {
    expect(run(text).legalActions).toEqual([]);
  });

  it.each([
    'The Act of faith was moving.',
    'He read the Constitution Avenue street sign.',
  ])('no legal reference in: %s', (text) => {
    expect(run(text).entities.filter((e) => e.type === 'law')).toEqual([]);
  });
});
