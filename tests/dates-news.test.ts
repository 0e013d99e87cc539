/**
 * Dates as news writes them, each with the article's date: ranges, days and weeks named through a
 * week, weekdays that fix the year, court and calendar events, and every tense. Sentences written
 * for this test. Each row: the sentence, the reference date, the expression's text and its value.
 */
import { describe, expect, it } from 'vitest';
import { compare, extract } from '../src/index.js';
import type { DateMention } from '../src/types.js';
import { badSpans } from './helpers/spans.js';

function found(text: string, referenceDate: string | null): DateMention[] {
  const r = extract(text, referenceDate ? { referenceDate } : {});
  expect(badSpans(text, r)).toEqual([]);
  return r.dates;
}

/** The one date of the sentence: its text and value, and where it starts. */
function only(text: string, referenceDate: string | null): [string, string | null] {
  const dates = found(text, referenceDate);
  expect(dates.map((d) => d.text)).toHaveLength(1);
  const d = dates[0]!;
  expect(text.indexOf(d.text)).toBe(d.start);
  return [d.text, d.value];
}

type Row = [sentence: string, reference: string | null, text: string, value: string | null];

const RANGES: Row[] = [
  ['The exhibition ran Aug 10 - Nov 12, 2011, at the city museum.', '2013-08-20', 'Aug 10 - Nov 12, 2011', '2011-08-10/2011-11-12'],
  ['The festival takes place 10 August - 12 September 2013.', '2013-08-20', '10 August - 12 September 2013', '2013-08-10/2013-09-12'],
  ['The holiday closure runs Dec. 28 - Jan. 3, 2012, the school said.', '2011-12-01', 'Dec. 28 - Jan. 3, 2012', '2011-12-28/2012-01-03'],
  ['Hearings were held Sept. 10-12, 2011, in Denver.', '2013-08-20', 'Sept. 10-12, 2011', '2011-09-10/2011-09-12'],
  ['The jury deliberated from Monday to Wednesday.', '2013-08-22', 'Monday to Wednesday', '2013-08-19/2013-08-21'],
  ['The court will sit from Monday to Wednesday.', '2013-08-22', 'Monday to Wednesday', '2013-08-26/2013-08-28'],
  ['The strike lasted from March 3 until March 9.', '2013-08-20', 'March 3 until March 9', '2013-03-03/2013-03-09'],
  ['The plant will close between June 2 and June 6.', '2013-05-15', 'June 2 and June 6', '2013-06-02/2013-06-06'],
  ['Talks are set for June 24-26.', '2024-05-10', 'June 24-26', '2024-06-24/2024-06-26'],
  ['The offer ran March to May.', '2013-08-20', 'March to May', '2013-03/2013-05'],
  ['Membership fell between 1982 and 1992.', '2013-08-20', '1982 and 1992', '1982/1992'],
  ['Polls were open from 7 a.m. to 8 p.m.', '2013-08-20', '7 a.m. to 8 p.m.', '2013-08-20T07:00/2013-08-20T20:00'],
  ['The buyback could take between 12 and 18 months.', '2013-08-20', '12 and 18 months', 'P12M/P18M'],
  ['The review is expected to take two to three years.', '2013-08-20', 'two to three years', 'P2Y/P3Y'],
  // Without a reference date the written year still reaches the first end.
  ['The show ran Aug 10 - Nov 12, 2011.', null, 'Aug 10 - Nov 12, 2011', '2011-08-10/2011-11-12'],
];

const WEEKS: Row[] = [
  // Friday 10 May 2024 is in ISO week 19 (6 to 12 May).
  ['The vote is on Tuesday of next week.', '2024-05-10', 'Tuesday of next week', '2024-05-14'],
  ['The firm filed its appeal Friday of last week.', '2024-05-10', 'Friday of last week', '2024-05-03'],
  ['Lawyers met on Monday of this week.', '2024-05-10', 'Monday of this week', '2024-05-06'],
  ['The minister will visit Thursday next week.', '2024-05-10', 'Thursday next week', '2024-05-16'],
  ['The report came out Wednesday last week.', '2024-05-10', 'Wednesday last week', '2024-05-01'],
  ['Shares slumped in the week of March 4.', '2024-05-10', 'the week of March 4', '2024-W10'],
  ['The trial is expected to start the week of Oct. 7.', '2024-05-10', 'the week of Oct. 7', '2024-W41'],
  // A week belongs to the month of its Thursday: 1 March 2024 is a Friday, so the first week of
  // March is the one of Thursday 7 March.
  ['The first week of March was the busiest.', '2024-05-10', 'The first week of March', '2024-W10'],
  ['Sales jumped in the last week of June.', '2024-08-01', 'the last week of June', '2024-W26'],
  ['The school will reopen in the second week of September.', '2024-08-01', 'the second week of September', '2024-W37'],
  ['The vaccine arrived in the first week of January 2021.', '2024-08-01', 'the first week of January 2021', '2021-W01'],
  ['The vote is on Tuesday of next week.', null, 'Tuesday of next week', null],
];

const WEEKDAYS: Row[] = [
  // Read as past news, 15 September is 2012's (six weeks ahead of the article); a Sunday, it is 2013's.
  ['The race was held on Sun 15 Sep in heavy rain.', '2013-08-05', 'Sun 15 Sep', '2013-09-15'],
  // Past tense would take 15 June 2023, a Thursday; the Saturday is 2024's.
  ['The final is on Saturday, June 15.', '2024-05-10', 'Saturday, June 15', '2024-06-15'],
  ['Voters went to the polls on Tuesday, Nov. 5.', '2025-02-01', 'Tuesday, Nov. 5', '2024-11-05'],
  ['The ceremony took place on Saturday, Dec. 30.', '2024-01-04', 'Saturday, Dec. 30', '2023-12-30'],
  ['The race was held on Sun 15 Sep in heavy rain.', null, 'Sun 15 Sep', 'XXXX-09-15'],
];

const SCHEDULED: Row[] = [
  ['Okafor is due back in court on June 12.', '2024-05-10', 'June 12', '2024-06-12'],
  ['A hearing in the case is scheduled for June 12.', '2024-05-10', 'June 12', '2024-06-12'],
  ['Smith will be sentenced on July 9.', '2024-05-10', 'July 9', '2024-07-09'],
  ['The trial is set for Jan. 14.', '2024-05-10', 'Jan. 14', '2025-01-14'],
  ['The court was asked to block the law before it takes effect on Jan. 1.', '2024-06-10', 'Jan. 1', '2025-01-01'],
  ['The ban goes into effect March 15.', '2024-06-10', 'March 15', '2025-03-15'],
  ['The rule, which took effect on Jan. 1, was challenged.', '2024-06-10', 'Jan. 1', '2024-01-01'],
  ['The filing deadline is June 30.', '2024-05-10', 'June 30', '2024-06-30'],
  ['The regulator extended the deadline to Aug. 31.', '2024-05-10', 'Aug. 31', '2024-08-31'],
  ['The match was postponed until Saturday.', '2024-05-10', 'Saturday', '2024-05-11'],
  ['The meeting was adjourned until Aug. 19.', '2024-05-10', 'Aug. 19', '2024-08-19'],
  ['The company must respond by July 1.', '2024-05-10', 'July 1', '2024-07-01'],
  ['Payments are due on June 15.', '2024-05-10', 'June 15', '2024-06-15'],
  ['He is due to appear in court on Tuesday.', '2024-05-10', 'Tuesday', '2024-05-14'],
  ['Arguments in the appeal are slated for Oct. 3.', '2024-05-10', 'Oct. 3', '2024-10-03'],
  ['The vote has been pushed back to Sept. 4.', '2024-05-10', 'Sept. 4', '2024-09-04'],
  ['A hearing on June 12 will decide the matter, his lawyer said.', '2024-05-10', 'June 12', '2024-06-12'],
  // A court event is behind the article when the clause after it is in the past.
  ['At a hearing on June 12, the judge ruled against the city.', '2024-05-10', 'June 12', '2023-06-12'],
  ['The arraignment on Aug. 2 was brief.', '2024-05-10', 'Aug. 2', '2023-08-02'],
  // "due to" before a noun is a cause, not a schedule.
  ['Flights were cancelled due to fog on Monday.', '2024-05-10', 'Monday', '2024-05-06'],
];

const TENSES: Row[] = [
  ['The board met on Tuesday.', '2024-05-10', 'Tuesday', '2024-05-07'],
  ['The board is meeting on Tuesday.', '2024-05-10', 'Tuesday', '2024-05-14'],
  ['The board will meet on Tuesday.', '2024-05-10', 'Tuesday', '2024-05-14'],
  ['The union is going to strike on Monday.', '2024-05-10', 'Monday', '2024-05-13'],
  ['He said he would resign on Monday.', '2024-05-10', 'Monday', '2024-05-13'],
  // The perfect after "would" or "must" looks back.
  ['The plant would have closed on Monday without the loan.', '2024-05-10', 'Monday', '2024-05-06'],
  ['The suspect must have left on Monday.', '2024-05-10', 'Monday', '2024-05-06'],
  ['Prices have risen since March.', '2024-05-10', 'March', '2024-03'],
  ['The firm had filed its response by Thursday.', '2024-05-10', 'Thursday', '2024-05-09'],
  ['The work will have finished by November.', '2024-05-10', 'November', '2024-11'],
  ['The ruling is expected in July.', '2024-05-10', 'July', '2024-07'],
  ['The company reported a loss in July.', '2024-05-10', 'July', '2023-07'],
  ['The court sits again on June 3.', '2024-05-10', 'June 3', '2024-06-03'],
];

describe.each([
  ['ranges, one item with both ends', RANGES],
  ['days and weeks named through a week', WEEKS],
  ['a written weekday fixes the year', WEEKDAYS],
  ['court calendars and schedules look ahead', SCHEDULED],
  ['each tense', TENSES],
] as const)('%s', (_title, rows) => {
  it.each(rows)('%s (written %s)', (sentence, reference, text, value) => {
    expect(only(sentence, reference)).toEqual([text, value]);
  });
});

describe('the table is as large as the issue asks', () => {
  it('has at least 50 rows', () => {
    expect(RANGES.length + WEEKS.length + WEEKDAYS.length + SCHEDULED.length + TENSES.length).toBeGreaterThanOrEqual(50);
  });
});

describe('range ends', () => {
  it.each([
    ['The exhibition ran Aug 10 - Nov 12, 2011, at the city museum.', ['Aug 10', '2011-08-10'], ['Nov 12, 2011', '2011-11-12']],
    ['Hearings were held Sept. 10-12, 2011, in Denver.', ['Sept. 10', '2011-09-10'], ['12, 2011', '2011-09-12']],
    ['The buyback could take between 12 and 18 months.', ['12', 'P12M'], ['18 months', 'P18M']],
    ['The jury deliberated from Monday to Wednesday.', ['Monday', '2013-08-19'], ['Wednesday', '2013-08-21']],
  ])('%s', (sentence, from, to) => {
    const [d] = found(sentence, '2013-08-22');
    expect([d!.range?.from.text, d!.range?.from.value]).toEqual(from);
    expect([d!.range?.to.text, d!.range?.to.value]).toEqual(to);
    expect(d!.value).toBe(`${from[1]}/${to[1]}`);
  });

  it('keeps the year each end wrote, and says which parts the range wrote', () => {
    const [d] = found('The holiday closure runs Dec. 28 - Jan. 3, 2012, the school said.', '2011-12-01');
    expect(d!.written).toEqual(['month', 'day', 'year']);
    expect(d!.implied).toEqual([]);
  });
});

describe('a weekday that fits no year near the article', () => {
  it.each([
    // 15 September 2012 was a Saturday.
    ['The race was held on Sunday, Sept. 15, 2012.', '2013-08-05', 'Sunday, Sept. 15, 2012', '2012-09-15'],
    // 30 December fell on a Saturday in 2023, a Monday in 2024, a Tuesday in 2025.
    ['The ceremony took place on Friday, Dec. 30.', '2024-01-04', 'Friday, Dec. 30', '2023-12-30'],
  ])('%s', (sentence, reference, text, value) => {
    const [d] = found(sentence, reference);
    expect([d!.text, d!.value, d!.inconsistent]).toEqual([text, value, 'weekday']);
  });

  it('marks nothing when the weekday fits', () => {
    const [d] = found('Voters went to the polls on Tuesday, Nov. 5.', '2025-02-01');
    expect(d!.inconsistent).toBeUndefined();
  });
});

describe('two outlets, one court date', () => {
  const written = '2024-05-10';
  const a = extract('Okafor is due back in court on June 12, his lawyer said.', { referenceDate: written });
  const b = extract('A hearing in the Okafor case is scheduled for June 12, court records show.', { referenceDate: written });

  it('resolves both to 12 June 2024', () => {
    expect(a.dates.map((d) => d.value)).toEqual(['2024-06-12']);
    expect(b.dates.map((d) => d.value)).toEqual(['2024-06-12']);
  });

  it('so the comparison finds the date in both', () => {
    expect(compare(a, b).dates.shared).toEqual(['2024-06-12']);
  });
});

describe('reporting periods that point back', () => {
  it.each([
    ['Net income rose to $5 million in the third quarter from $3 million a year earlier.', '2017-11-02', [['the third quarter', '2017-Q3'], ['a year earlier', '2016-Q3']]],
    ['Sales fell 4% in January from the same month a year ago.', '2018-02-05', [['January', '2018-01'], ['the same month a year ago', '2017-01']]],
    ['Profit in the second quarter doubled. Results for that quarter included a one-time gain.', '2017-08-10', [['the second quarter', '2017-Q2'], ['that quarter', '2017-Q2']]],
    ['Margins improved in the year-earlier quarter, the company said of its third quarter.', '2017-11-02', [['the year-earlier quarter', '2016-Q3'], ['third quarter', '2017-Q3']]],
    // Business news reports a quarter once it has ended: in November, the third.
    ['Revenue was flat in the quarter.', '2017-11-02', [['the quarter', '2017-Q3']]],
    // No quarter near it: a year before the article.
    ['The firm was founded a year ago.', '2017-04-07', [['a year ago', '2016']]],
    ['Profit rose in the third quarter. The chairman retired in June. He had joined the board a year ago.', '2017-11-02', [['the third quarter', '2017-Q3'], ['June', '2017-06'], ['a year ago', '2016']]],
  ] as const)('%s', (sentence, reference, expected) => {
    expect(found(sentence, reference).map((d) => [d.text, d.value])).toEqual(expected);
  });
});
