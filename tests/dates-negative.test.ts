/**
 * Text that looks like a date to a pattern but is not one in news: modal "may", prices read as
 * clock times, ages, counts that look like years, names that look like weekdays, rates.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { badSpans } from './helpers/spans.js';

function found(text: string): string[] {
  const r = extract(text, { referenceDate: '2017-04-07' });
  expect(badSpans(text, r)).toEqual([]);
  return r.dates.map((d) => `${d.type}:${d.text}`);
}

describe('no date at all', () => {
  it.each([
    ['Investors may sell their shares.'],
    ['May I ask you something, the reporter said.'],
    ['Earnings were $26.805 a share.'],
    ['The stock closed at $4 a share.'],
    ['The index slipped 2 to 381 in early trading.'],
    ['The home side won 3:1.'],
    ['A 22-year-old man was arrested.'],
    ['The army sent 2000 troops to the border.'],
    ['Sun Microsystems cut its prices.'],
    ['Protesters joined the march on the capital.'],
    ['A hostel bed costs $80 a night.'],
    ['The plant makes 10,000 units a year.'],
    ['Tuition rose 4% annually.'],
    ['As previously announced, the firm agreed to pay.'],
    ['Now that the vote is over, the party can rest.'],
    // chrono reads a unit out of a longer word ("the mon... out"); whole words only reach it.
    ['They took the money out of the bank.'],
    ['The monitors were sold at the mall.'],
  ])('%s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

describe('a date, but not the wrong kind', () => {
  it.each([
    // Ages are not durations; the date next to them still counts.
    ['The 6-month-old ceasefire collapsed on Thursday.', ['DATE:Thursday']],
    // "two days ago" is a date, not a two-day duration.
    ['Police arrested him two days ago.', ['DATE:two days ago']],
    // "a year earlier" points back to a date.
    ['A year earlier, sales had been flat.', ['DATE:A year earlier']],
    // A lone "May" after a date word is the month.
    ['The law took effect in May.', ['DATE:May']],
    // Two dates of different kinds around "to" are no range.
    ["Economists noted a revision Friday to December's figures.", ['DATE:Friday', 'DATE:December']],
    // "and" makes a range only after "between": this is a list.
    ['Flights leave on Monday and Tuesday.', ['DATE:Monday', 'DATE:Tuesday']],
    // A score and a share of a whole are no ranges of time.
    ['The home side won 3-2 on Sunday.', ['DATE:Sunday']],
    ['Attendance rose 10 to 15 percent last year.', ['DATE:last year']],
    // "the week" of an event, with no date after it, is no week value; "Tuesday" stays a day.
    ['The week began badly on Tuesday.', ['DATE:Tuesday']],
  ])('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });
});
