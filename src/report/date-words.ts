/**
 * Dates in reports, in words: a comparison lists dates by value (or by text when unresolved), so
 * each is looked up in the extraction it came from to read it with that article's reference date
 * and the date's type.
 */
import { describeDate } from '../dates/describe.js';
import type { DateMention, ExtractResult } from '../types.js';

/** One date of an extraction in words: "Thursday, April 6, 2017 (the day before the article)". */
export function dateWords(d: Pick<DateMention, 'value' | 'type' | 'text'>, r: ExtractResult): string {
  if (d.value === null) return `"${d.text}"`;
  return describeDate(d.value, { reference: r.referenceDate.value, type: d.type });
}

/** A value of `Comparison.dates` in words, read in the extraction that holds it. */
export function dateKeyWords(key: string, r: ExtractResult): string {
  const d = r.dates.find((x) => (x.value ?? x.text.toLowerCase()) === key);
  return d ? dateWords(d, r) : key;
}
