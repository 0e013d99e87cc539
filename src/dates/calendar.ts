/**
 * Calendar arithmetic on plain UTC days, and the TIMEX3 spellings of days, weeks, months and
 * quarters. Kept apart from the parsers so every one of them counts weeks the same (ISO 8601) way.
 */

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function dayOf(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function toDate(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromDate(d: Date): Day {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const x = toDate(d);
  x.setUTCDate(x.getUTCDate() + n);
  return fromDate(x);
}

/** Days from a to b (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}

/** 0 = Sunday ... 6 = Saturday, as chrono numbers weekdays. */
export function weekdayOf(d: Day): number {
  return toDate(d).getUTCDay();
}

/** The given weekday on or before `d` (direction -1), or on or after it (+1). */
export function nearestWeekday(d: Day, weekday: number, direction: 1 | -1): Day {
  const diff = direction < 0 ? -((weekdayOf(d) - weekday + 7) % 7) : (weekday - weekdayOf(d) + 7) % 7;
  return addDays(d, diff);
}

/** ISO 8601 week: the week belongs to the year holding its Thursday. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((toDate(thursday).getTime() - jan1) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const m = year * 12 + (month - 1) + n;
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const year4 = (n: number): string => String(n).padStart(4, '0');

export function dayValue(d: Day): string {
  return `${year4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function weekValue(d: Day): string {
  const w = isoWeek(d);
  return `${year4(w.year)}-W${pad2(w.week)}`;
}

export function monthValue(year: number, month: number): string {
  return `${year4(year)}-${pad2(month)}`;
}
