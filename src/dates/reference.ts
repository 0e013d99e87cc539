/**
 * The reference date: the caller's, else a date the article gives near its top, else none. Wire
 * stories open with a dateline ("WASHINGTON, April 7, 2017 (Reuters) -"); other pages put the
 * publication date on a line of its own. Only a full date (day, month and year all written) in the
 * first lines counts, so "in 2014" or "Thursday" is never taken for the article's date.
 */
import * as chrono from 'chrono-node';
import type { ReferenceDate } from '../types.js';
import { dayValue } from './calendar.js';

/** How much of the top of the article is searched: a headline, a byline, a dateline. */
const HEAD = 400;

export function referenceDateFor(text: string, given: ReferenceDate): ReferenceDate {
  if (given.source === 'caller') return given;
  const head = text.slice(0, HEAD);
  // chrono runs on the head alone: it grows superlinearly with its input.
  for (const r of chrono.parse(head, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })) {
    const c = r.start;
    // chrono marks "last week" as certain too, computed from its own clock: the year must be written.
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day') || !/\b\d{4}\b/.test(r.text)) continue;
    const value = dayValue({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! });
    return { value, source: 'text' };
  }
  return given;
}
