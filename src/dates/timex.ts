/**
 * Turns a chrono-node result into a TIMEX3-style value. chrono says which parts were written
 * (certain) and which it filled in; the filled-in parts are redone here against the reference date
 * and the tense of the sentence, because chrono picks the *nearest* month or weekday and news
 * mostly reports the past. Without a reference date the unknown parts stay unknown ("XXXX-03-13")
 * rather than taking the year of the machine's clock.
 */
import type { ParsedComponents } from 'chrono-node';
import type { DatePart, TimexType } from '../types.js';
import { type Day, addDays, dayValue, daysBetween, monthValue, nearestWeekday, pad2, year4 } from './calendar.js';
import { agrees, yearForWeekday } from './weekday-year.js';

export interface Timex {
  type: TimexType;
  value: string | null;
  written: DatePart[];
  implied: DatePart[];
  /** Set when a written weekday falls on no day the rest of the date allows. */
  inconsistent?: 'weekday';
}

const PARTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const satisfies readonly DatePart[];

/** A day-month date this far after the reference is still read as the coming one, in days. */
const FUTURE_GRACE_DAYS = 31;

const PART_OF_DAY: Array<[RegExp, string]> = [
  [/\bmornings?\b/i, 'MO'], [/\bafternoons?\b/i, 'AF'], [/\bevenings?\b/i, 'EV'], [/\b(?:night|tonight|overnight)s?\b/i, 'NI'],
];

/** Words that make chrono's result relative to the reference date rather than written out. */
const RELATIVE = /\b(?:today|tonight|yesterday|tomorrow|now|ago|earlier|later|last|next|this|past|coming|previous)\b/i;

/** "UTC" and "Z" are the zero offset TIMEX3 writes as Z; "GMT" is also the UK's winter civil time, so it stays plain. */
const UTC = /\b(?:UTC|Z)\b/;

/**
 * The value of one chrono date (a result's start, or the end of a range), `text` being what stands
 * for it in the article.
 */
export function timexOf(c: ParsedComponents, text: string, reference: Day | null, future: boolean): Timex {
  const relative = RELATIVE.test(text) || [...c.tags()].some((t) => t.startsWith('casualReference') || t === 'result/relativeDate');
  // chrono marks "yesterday"'s day as known; for us it was implied by the reference date.
  // "the end of November": chrono picks the last day, which nobody wrote; keep the month.
  const endOf = [...c.tags()].includes('refiner/ENEndOfPeriodRefiner');
  const known: DatePart[] = PARTS.filter((p) => c.isCertain(p) && !(endOf && p === 'day'));
  const written = relative ? known.filter((p) => p === 'hour' || p === 'minute' || (p === 'weekday' && !c.isCertain('day'))) : known;
  const has = (p: DatePart) => known.includes(p);
  const partOfDay = PART_OF_DAY.find(([re]) => re.test(text))?.[1];
  const type: TimexType = has('hour') || partOfDay ? 'TIME' : 'DATE';
  const zone = has('hour') && c.isCertain('timezoneOffset') && c.get('timezoneOffset') === 0 && UTC.test(text) ? 'Z' : '';
  const time = has('hour') ? `T${pad2(c.get('hour') ?? 0)}:${pad2(c.get('minute') ?? 0)}${zone}` : partOfDay ? `T${partOfDay}` : '';

  if (relative) {
    if (!reference) return { type, value: null, written, implied: [] };
    const implied = known.filter((p) => !written.includes(p) && p !== 'weekday');
    const day = casualShift(reference, { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! }, text);
    // "a year ago" knows only the year, "two months ago" the month: keep chrono's granularity.
    const date = has('day') || !has('month') && !has('year') ? dayValue(day) : has('month') ? monthValue(day.year, day.month) : year4(day.year);
    if (!has('day') && (has('month') || has('year'))) return { type: 'DATE', value: date, written, implied };
    return { type, value: date + time, written, implied: [...new Set([...implied, 'year', 'month', 'day'] as DatePart[])] };
  }

  const implied: DatePart[] = [];
  const year = c.get('year');
  const month = c.get('month');
  if (has('weekday') && !has('day')) {
    if (!reference) return { type, value: `XXXX-WXX-${isoWeekday(c.get('weekday') ?? 0)}${time}`, written, implied };
    const d = nearestWeekday(reference, c.get('weekday') ?? 0, future ? 1 : -1);
    return { type, value: dayValue(d) + time, written, implied: ['year', 'month', 'day'] };
  }
  if (has('month') && !has('year')) {
    if (!reference) {
      const value = has('day') ? `XXXX-${pad2(month!)}-${pad2(c.get('day')!)}` : `XXXX-${pad2(month!)}`;
      return { type, value: value + time, written, implied };
    }
    const y = yearFor(reference, month!, has('day') ? c.get('day')! : null, future);
    if (!has('day')) return { type, value: monthValue(y, month!) + time, written, implied: ['year'] };
    // A written weekday picks the year it agrees with: "Sun 15 Sep".
    const agreeing = has('weekday') ? yearForWeekday(reference, y, month!, c.get('day')!, c.get('weekday')!) : y;
    const t: Timex = { type, value: dayValue({ year: agreeing ?? y, month: month!, day: c.get('day')! }) + time, written, implied: ['year'] };
    return agreeing === null ? { ...t, inconsistent: 'weekday' } : t;
  }
  if (has('day')) {
    const d: Day = { year: year!, month: month!, day: c.get('day')! };
    const t: Timex = { type, value: dayValue(d) + time, written, implied };
    return has('weekday') && !agrees(d, c.get('weekday')!) ? { ...t, inconsistent: 'weekday' } : t;
  }
  if (has('month')) return { type: 'DATE', value: monthValue(year!, month!), written, implied };
  if (has('year')) return { type: 'DATE', value: year4(year!), written, implied };
  if (has('hour')) {
    if (!reference) return { type, value: time, written, implied };
    return { type, value: dayValue(reference) + time, written, implied: ['year', 'month', 'day'] };
  }
  return { type, value: null, written, implied };
}

/**
 * The year of a month (or day-month) written without one. Past-tense news means the latest such
 * month on or before the reference; a day-month date less than a month ahead is usually an
 * announced one ("must leave by Jan. 14"); future tense means the next one.
 */
function yearFor(reference: Day, month: number, day: number | null, future: boolean): number {
  const ref = reference.month * 100 + (day === null ? 0 : reference.day);
  const key = month * 100 + (day ?? 0);
  if (future) return key >= ref ? reference.year : reference.year + 1;
  if (day !== null) {
    for (const year of [reference.year + 1, reference.year]) {
      const ahead = daysBetween(reference, { year, month, day });
      if (ahead > 0 && ahead <= FUTURE_GRACE_DAYS) return year;
    }
  }
  // A bare month one ahead of the reference ("results in November", written in late October) is
  // the coming one: last year's would be eleven months back.
  if (day === null && month === (reference.month % 12) + 1) return month === 1 ? reference.year + 1 : reference.year;
  return key <= ref ? reference.year : reference.year - 1;
}

/**
 * chrono keeps the reference day for "afternoon yesterday" (a part of day before the casual word):
 * the written word moves it, once.
 */
function casualShift(reference: Day, d: Day, text: string): Day {
  if (daysBetween(reference, d) !== 0) return d;
  if (/\byesterday\b/i.test(text)) return addDays(d, -1);
  if (/\btomorrow\b/i.test(text)) return addDays(d, 1);
  return d;
}

/** TIMEX3 numbers weekdays from Monday = 1 to Sunday = 7. */
function isoWeekday(chronoWeekday: number): number {
  return chronoWeekday === 0 ? 7 : chronoWeekday;
}
