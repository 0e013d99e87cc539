/**
 * TIMEX3-style values in English (describeDate), against the reference date of an article written
 * on Friday 10 May 2024, and the reports that print them.
 */
import { describe, expect, it } from 'vitest';
import { compare, comparisonHtml, comparisonText, describeDate, extract, extractionText, type TimexType } from '../src/index.js';

const REF = '2024-05-10';

describe('describeDate', () => {
  it.each([
    ['2024-06-12', 'DATE', 'Wednesday, June 12, 2024 (about 5 weeks after the article)'],
    ['2024-05-09', 'DATE', 'Thursday, May 9, 2024 (the day before the article)'],
    ['2024-05-10', 'DATE', 'Friday, May 10, 2024 (the day of the article)'],
    ['2024-05-17', 'DATE', 'Friday, May 17, 2024 (7 days after the article)'],
    ['2024-03-10', 'DATE', 'Sunday, March 10, 2024 (2 months before the article)'],
    ['2023-05-10', 'DATE', 'Wednesday, May 10, 2023 (1 year before the article)'],
    ['2024-05-10T14:30', 'TIME', 'Friday, May 10, 2024, 2:30 p.m. (the day of the article)'],
    ['2024-05-10T08:30Z', 'TIME', 'Friday, May 10, 2024, 8:30 a.m. UTC (the day of the article)'],
    ['2024-05-09TNI', 'TIME', 'the night of Thursday, May 9, 2024 (the day before the article)'],
    ['T12:00', 'TIME', 'noon'],
    ['2024-W19', 'DATE', 'the week of Monday, May 6, 2024'],
    ['2024-W19-WE', 'DATE', 'the weekend of May 11–12, 2024'],
    ['2024-06', 'DATE', 'June 2024'],
    ['2017-Q3', 'DATE', 'the third quarter of 2017'],
    ['2015-H1', 'DATE', 'the first half of 2015'],
    ['2013-SU', 'DATE', 'summer 2013'],
    ['2024', 'DATE', '2024'],
    ['198', 'DATE', 'the 1980s'],
    ['19', 'DATE', 'the 20th century'],
    ['XXXX-03-13', 'DATE', 'March 13, year unknown'],
    ['XXXX-WXX-4', 'DATE', 'a Thursday'],
    ['XXXX-WXX-4', 'SET', 'every Thursday'],
    ['XXXX-07', 'SET', 'every July'],
    ['XXXX-XX-XXTMO', 'SET', 'every morning'],
    ['P3M', 'DURATION', '3 months'],
    ['P2Y6M', 'DURATION', '2 years and 6 months'],
    ['PT10H', 'DURATION', '10 hours'],
    ['PT30M', 'DURATION', '30 minutes'],
    ['PXY', 'DURATION', 'some years'],
    ['P1W', 'SET', 'every week'],
    ['P2Y', 'SET', 'every 2 years'],
    ['PRESENT_REF', 'DATE', 'now'],
    ['PAST_REF', 'DATE', 'the past'],
    ['2011-08-10/2011-11-12', 'DATE', 'from Wednesday, August 10, 2011 to Saturday, November 12, 2011'],
    ['P12M/P18M', 'DURATION', '12 to 18 months'],
    ['1982/1992', 'DATE', 'from 1982 to 1992'],
  ] as Array<[string, TimexType, string]>)('%s (%s)', (value, type, words) => {
    expect(describeDate(value, { reference: REF, type })).toBe(words);
  });

  it('gives no distance without a reference date', () => {
    expect(describeDate('2024-06-12')).toBe('Wednesday, June 12, 2024');
  });

  it('returns a value of unknown shape as it is, and null as unknown', () => {
    expect(describeDate('2024-13')).toBe('2024-13');
    expect(describeDate('XYZ')).toBe('XYZ');
    expect(describeDate(null)).toBe('unknown');
  });
});

describe('reports print dates in words', () => {
  const textA = 'Okafor is due back in court on June 12, his lawyer said. He was arrested on Tuesday.';
  const textB = 'A hearing in the Okafor case is scheduled for June 12, court records show.';
  const a = extract(textA, { referenceDate: REF });
  const b = extract(textB, { referenceDate: REF });
  const c = compare(a, b);

  it('in the extraction report, with the value beside the words', () => {
    expect(extractionText(a)).toContain('June 12 -> Wednesday, June 12, 2024 (about 5 weeks after the article) [2024-06-12 DATE; implied: year]');
  });

  it('in the text comparison, with no TIMEX3 code left', () => {
    const text = comparisonText(a, b, c, { width: 200 });
    expect(text).toContain('both: Wednesday, June 12, 2024 (about 5 weeks after the article)');
    expect(text).toContain('only A: Tuesday, May 7, 2024 (3 days before the article)');
    expect(text).not.toContain('2024-06-12');
  });

  it('in the HTML comparison, the value kept as a tooltip', () => {
    const html = comparisonHtml({ a, b, comparison: c, texts: [textA, textB] });
    expect(html).toContain('<span title="2024-06-12">Wednesday, June 12, 2024 (about 5 weeks after the article)</span>');
  });
});
