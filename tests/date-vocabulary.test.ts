/**
 * chrono-dates.ts hands chrono-node only the sentences that hold a digit or one of chrono's words
 * (vocabulary.ts), and the date parsers only sentences that hold a digit or a word a date can be
 * made of. The gates must never hide a date: every sentence below gives chrono (or the parsers) a
 * date, and each must pass its gate; sentences with none of those words are kept away.
 */
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { chronoMayRead, mayHoldDate } from '../src/dates/vocabulary.js';

const CHRONO_FINDS = [
  'The hearing is set for Tuesday.',
  'She testified last Wed. before the panel.',
  'The ruling came down in late Sept.',
  'The verdict is expected tomorrow afternoon.',
  'They met yesterday at noon.',
  'The protest went on until midnight.',
  'He will be sentenced this weekend.',
  'The appeal was filed two weeks ago.',
  'A decision is due a few months later.',
  'The court adjourned for an hour.',
  'Investors expect a recovery next quarter.',
  'The law takes effect next year.',
  'The jury deliberated through the night.',
  'The committee met this morning.',
  'The deal closed on 12/03.',
  'The filing is dated 2024-05-07.',
  'The ban was lifted in March.',
  'Lawmakers return from recess on Monday, officials said.',
  'The strike went on for several days.',
  'The firm has until the end of the month to respond.',
];

const NO_DATE_WORDS = [
  'The senator criticised the bill.',
  'Critics said the plan was rushed and poorly drafted.',
  'The monitors were sold at the mall.',
  "Trump's lawyers asked the court to reconsider.",
];

describe('which sentences reach chrono-node', () => {
  it.each(CHRONO_FINDS)('lets through a sentence chrono reads a date in: %s', (s) => {
    expect(chrono.parse(s, new Date(Date.UTC(2024, 4, 7, 12))).length).toBeGreaterThan(0);
    expect(chronoMayRead(s)).toBe(true);
  });

  it.each(NO_DATE_WORDS)('keeps away a sentence with no digit and none of its words: %s', (s) => {
    expect(chronoMayRead(s)).toBe(false);
  });

  it('reads one-letter units only as words of their own ("a w later", not the "s" of a possessive)', () => {
    expect(chronoMayRead('It came a w later.')).toBe(true);
    expect(chronoMayRead("The board's chair resigned.")).toBe(false);
  });
});

/** A date from each of the other parsers (sets, durations, relative units, quarters, periods, present), with no digit. */
const PARSER_FINDS = [
  'The board meets on Fridays.',
  'The council votes every two decades.',
  'The dispute has dragged on for centuries.',
  'Sales fell in the first half.',
  'Profit rose from the same period last year.',
  'The firm expects a recovery in the second quarter.',
  'Turnout was higher last spring.',
  'The agency is currently reviewing the case.',
  'The judge recently denied the motion.',
  'The rule may change in the near future.',
  'The case went on for a fortnight.',
  'She works every evening.',
];

describe('which sentences reach the date parsers', () => {
  it.each(PARSER_FINDS)('lets through a sentence with a date: %s', (s) => {
    expect(extract(s, { referenceDate: '2024-05-07' }).dates.length).toBeGreaterThan(0);
    expect(mayHoldDate(s)).toBe(true);
  });

  it.each(NO_DATE_WORDS)('keeps away a sentence with no digit and no date word: %s', (s) => {
    expect(mayHoldDate(s)).toBe(false);
  });
});
