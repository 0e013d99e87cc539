/**
 * A written weekday checks the date it goes with: "Sun 15 Sep" written in August 2013 is 15
 * September 2013, a Sunday, whatever the tense suggests; "Sunday, Sept. 15, 2012" names a Saturday,
 * so it is marked inconsistent rather than silently trusted.
 */
import { type Day, weekdayOf } from './calendar.js';

/**
 * The year, among the one before the reference's to the one after, in which `month`/`day` falls on
 * `weekday` (0 = Sunday), closest to `chosen` first; null when none does. Three consecutive years
 * never repeat a weekday for one date, so the answer is unique.
 */
export function yearForWeekday(reference: Day, chosen: number, month: number, day: number, weekday: number): number | null {
  const years = [reference.year - 1, reference.year, reference.year + 1].sort((a, b) => Math.abs(a - chosen) - Math.abs(b - chosen));
  return years.find((year) => agrees({ year, month, day }, weekday)) ?? null;
}

/** True when the day exists and falls on the weekday (0 = Sunday). */
export function agrees(d: Day, weekday: number): boolean {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return date.getUTCMonth() === d.month - 1 && weekdayOf(d) === weekday;
}
