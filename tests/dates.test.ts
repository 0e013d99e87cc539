/**
 * Dates and times on hand-written news sentences: every expression with its span, type and
 * TIMEX3-style value, against a reference date of Friday 7 April 2017 unless a row says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { DateMention } from '../src/types.js';
import { badSpans } from './helpers/spans.js';

const REF = '2017-04-07';

/** Dates found in `text`; pass null for no reference date. */
function dates(text: string, referenceDate: string | null = REF): DateMention[] {
  const r = extract(text, referenceDate ? { referenceDate } : {});
  expect(badSpans(text, r)).toEqual([]);
  return r.dates;
}

function only(text: string, referenceDate: string | null = REF): [string, string, string | null] {
  const found = dates(text, referenceDate);
  expect(found.map((d) => d.text)).toHaveLength(1);
  const d = found[0]!;
  return [d.text, d.type, d.value];
}

describe('calendar dates, months and years', () => {
  it.each([
    ['The company was founded on March 3, 2009.', 'March 3, 2009', 'DATE', '2009-03-03'],
    ['The deal closed in 2014 after a long fight.', '2014', 'DATE', '2014'],
    ["2009's recession hit the region hard.", '2009', 'DATE', '2009'],
    ['She lost the 2016 election by a narrow margin.', '2016', 'DATE', '2016'],
    ['Prices rose in March 2014, the agency said.', 'March 2014', 'DATE', '2014-03'],
    ['The ban was lifted on 13 March.', '13 March', 'DATE', '2017-03-13'],
    ['Talks collapsed in January.', 'January', 'DATE', '2017-01'],
    // A month after the reference month in past-tense news is last year's: the most recent past one.
    ['Talks collapsed in September.', 'September', 'DATE', '2016-09'],
    ['The plant will reopen in September.', 'September', 'DATE', '2017-09'],
    ['The bank cut rates last November.', 'last November', 'DATE', '2016-11'],
    ['Sales fell in June last year.', 'June last year', 'DATE', '2016-06'],
    ['The factory opened in the late 1980s.', 'the late 1980s', 'DATE', '198'],
    ['Steel mills dominated the 20th century.', 'the 20th century', 'DATE', '19'],
    // In April the third quarter has not begun, so a past-tense one is last year's.
    ['Profit rose in the third quarter.', 'the third quarter', 'DATE', '2016-Q3'],
    ['Profit rose in the third quarter of 2015.', 'the third quarter of 2015', 'DATE', '2015-Q3'],
  ])('%s', (sentence, text, type, value) => {
    expect(only(sentence)).toEqual([text, type, value]);
  });

  it('reads a past-tense quarter as this year\'s once it has begun', () => {
    expect(only('Profit rose in the third quarter.', '2017-11-02')).toEqual(['the third quarter', 'DATE', '2017-Q3']);
  });
});

describe('weekdays and relative expressions, resolved against the reference date', () => {
  it.each([
    ['Twitter filed the lawsuit on Thursday.', 'Thursday', 'DATE', '2017-04-06'],
    ['The minister resigned Friday.', 'Friday', 'DATE', '2017-04-07'],
    ['The board will vote on Thursday.', 'Thursday', 'DATE', '2017-04-13'],
    ['The talks are expected to resume Monday.', 'Monday', 'DATE', '2017-04-10'],
    ['He said Monday that the plant would close.', 'Monday', 'DATE', '2017-04-03'],
    ['The strike ended yesterday.', 'yesterday', 'DATE', '2017-04-06'],
    ['Police arrested him two days ago.', 'two days ago', 'DATE', '2017-04-05'],
    ['The rebels seized the town almost two years ago.', 'almost two years ago', 'DATE', '2015'],
    ['Shares fell sharply last week.', 'last week', 'DATE', '2017-W13'],
    ['Inflation eased this month.', 'this month', 'DATE', '2017-04'],
    ['Exports fell last year.', 'last year', 'DATE', '2016'],
    ['The mayor announced earlier this year that she would run.', 'earlier this year', 'DATE', '2017'],
    ['The results will be published next week.', 'next week', 'DATE', '2017-W15'],
    ['Crowds gathered last summer.', 'last summer', 'DATE', '2016-SU'],
    ['The factory closed several years ago.', 'several years ago', 'DATE', 'PAST_REF'],
    ['The region is now calm.', 'now', 'DATE', 'PRESENT_REF'],
  ])('%s', (sentence, text, type, value) => {
    expect(only(sentence)).toEqual([text, type, value]);
  });
});

describe('times of day', () => {
  it.each([
    ['The polls closed at 3 p.m. on the dot.', '3 p.m.', 'TIME', '2017-04-07T15:00'],
    ['The vote was postponed to 15:30.', '15:30', 'TIME', '2017-04-07T15:30'],
    ['The ministers met this morning.', 'this morning', 'TIME', '2017-04-07TMO'],
    ['The blast struck on Wednesday night.', 'Wednesday night', 'TIME', '2017-04-05TNI'],
  ])('%s', (sentence, text, type, value) => {
    expect(only(sentence)).toEqual([text, type, value]);
  });
});

describe('durations and sets', () => {
  it.each([
    ['The inquiry will take three months.', 'three months', 'DURATION', 'P3M'],
    ['The deal came after several months of negotiations.', 'several months', 'DURATION', 'PXM'],
    ['Prices have doubled over the past two years.', 'the past two years', 'DURATION', 'P2Y'],
    ['He spent 2 1/2 years in prison.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['The leaders held a 10-hour meeting.', '10-hour', 'DURATION', 'PT10H'],
    ['The families have been apart for years.', 'years', 'DURATION', 'PXY'],
    ['Output has doubled over the past decade.', 'the past decade', 'DURATION', 'P10Y'],
    ['The board meets every week.', 'every week', 'SET', 'P1W'],
    ['Flights leave each Thursday.', 'each Thursday', 'SET', 'XXXX-WXX-4'],
    ['The report is published twice a year.', 'twice a year', 'SET', 'P1Y'],
  ])('%s', (sentence, text, type, value) => {
    expect(only(sentence)).toEqual([text, type, value]);
  });
});

describe('without a reference date, what was not written stays unknown', () => {
  it.each([
    ['The ban was lifted on 13 March.', '13 March', 'XXXX-03-13', ['month', 'day'], []],
    ['Twitter filed the lawsuit on Thursday.', 'Thursday', 'XXXX-WXX-4', ['weekday'], []],
    ['The deal closed in 2014.', '2014', '2014', ['year'], []],
    ['Shares fell sharply last week.', 'last week', null, [], []],
  ])('%s', (sentence, text, value, written, implied) => {
    const [d] = dates(sentence, null);
    expect([d!.text, d!.value, d!.written, d!.implied]).toEqual([text, value, written, implied]);
  });

  it('says which parts were written and which implied', () => {
    const [d] = dates('The ban was lifted on 13 March.');
    expect([d!.written, d!.implied]).toEqual([['month', 'day'], ['year']]);
    const [w] = dates('Shares fell sharply last week.');
    expect([w!.written, w!.implied]).toEqual([[], ['year', 'week']]);
  });
});

describe('the reference date', () => {
  it.each([
    ['WASHINGTON, April 7, 2017 (Reuters) - Twitter sued the government on Thursday.', { value: '2017-04-07', source: 'text' }, '2017-04-06'],
    ['Twitter sues over anonymous account\nPublished 7 April 2017\n\nTwitter sued the government on Thursday.', { value: '2017-04-07', source: 'text' }, '2017-04-06'],
    ['Twitter sued the government on Thursday.', { value: null, source: 'none' }, 'XXXX-WXX-4'],
  ])('%s', (text, reference, thursday) => {
    const r = extract(text);
    expect(r.referenceDate).toEqual(reference);
    expect(r.dates.find((d) => d.text === 'Thursday')?.value).toBe(thursday);
  });

  it("prefers the caller's date to one in the text", () => {
    const r = extract('WASHINGTON, April 7, 2017 (Reuters) - Twitter sued on Thursday.', { referenceDate: '2017-04-10' });
    expect(r.referenceDate).toEqual({ value: '2017-04-10', source: 'caller' });
  });
});

describe('deadlines and claims', () => {
  const text = 'The ministry said the company had missed a 13 March deadline. The company said the order arrived on 14 March.';

  it.each([
    ['The company had missed a 13 March deadline.', '13 March', 'deadline'],
    ['The deadline of Friday passed quietly.', 'Friday', 'deadline'],
    ["Friday's deadline passed quietly.", 'Friday', 'deadline'],
    ['The order arrived on 14 March, weeks after the deadline.', '14 March', null],
    ['The company did not make the demand until 14 March.', '14 March', null],
  ])('%s', (sentence, date, role) => {
    expect(dates(sentence).find((d) => d.text === date)?.role ?? null).toBe(role);
  });

  it('ties each date to the claim whose content holds it', () => {
    const r = extract(text, { referenceDate: REF });
    const byDate = Object.fromEntries(r.dates.map((d) => [d.text, r.claims.filter((c) => c.dates.includes(d.id)).map((c) => c.content.text)]));
    expect(byDate).toEqual({ '13 March': ['the company had missed a 13 March deadline'], '14 March': ['the order arrived on 14 March'] });
  });

  it('links a date after the attribution to the claim the participle adds, not to the quote', () => {
    const quoted = '"We met the 13 March deadline," the company said, adding that the order arrived on 14 March.';
    const r = extract(quoted, { referenceDate: REF });
    expect(r.claims.map((c) => [c.source, c.dates.map((id) => r.dates.find((d) => d.id === id)!.text)])).toEqual([['quote', ['13 March']], ['reported', ['14 March']]]);
  });
});

describe('known failures', () => {
  // The anchor of "the previous Friday" is an event in the text, not the reference date.
  it.fails('resolves a weekday relative to another date in the sentence', () => {
    expect(only('Shares closed 4% below the previous Friday.')).toEqual(['the previous Friday', 'DATE', '2017-03-31']);
  });
});
