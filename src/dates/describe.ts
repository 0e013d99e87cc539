/**
 * A TIMEX3-style value in plain English, for people reading a report: "2024-06-12" is "Wednesday,
 * June 12, 2024 (about 5 weeks after the article)" against a reference date of May 10, 2024, "P2W"
 * is "2 weeks",
 * "2017-Q3" "the third quarter of 2017", "PRESENT_REF" "now", "2011-08-10/2011-11-12" "from
 * Wednesday, August 10, 2011 to Saturday, November 12, 2011". Pure and dependency-free: it runs in
 * the browser. A value it does not know is returned as it is, never guessed at.
 */
import type { TimexType } from '../types.js';
import { type Day, daysBetween, weekdayOf } from './calendar.js';
import { durationParts, durationWords } from './describe-durations.js';

export interface DescribeOptions {
  /** The article's date, YYYY-MM-DD: adds how far a day lies from it ("the day before the article"). */
  reference?: string | null;
  /** The date's type: a SET reads "P1W" as "every week" and "XXXX-WXX-4" as "every Thursday". */
  type?: TimexType;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFS: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'the past', FUTURE_REF: 'the future' };

type Render = (m: RegExpExecArray, o: DescribeOptions) => string | null | undefined;

/** Value shapes in the order they are tried; the first that matches and renders wins. */
const RULES: ReadonlyArray<[name: string, pattern: RegExp, render: Render]> = [
  ['reference word', /^(PRESENT_REF|PAST_REF|FUTURE_REF)$/, (m) => REFS[m[1]!]!],
  ['day and time', /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(Z?)$/, (m, o) => withDistance(`${dayWords(day(m))}, ${clock(m[4]!, m[5]!)}${m[6] ? ' UTC' : ''}`, day(m), o)],
  ['part of a day', /^(\d{4})-(\d\d)-(\d\d)T(MO|AF|EV|NI|DT)$/, (m, o) => withDistance(`the ${PARTS_OF_DAY[m[4]!]} of ${dayWords(day(m))}`, day(m), o)],
  ['day', /^(\d{4})-(\d\d)-(\d\d)$/, (m, o) => withDistance(dayWords(day(m)), day(m), o)],
  ['weekend', /^(\d{4})-W(\d\d)-WE$/, (m) => weekendWords(Number(m[1]), Number(m[2]))],
  ['week', /^(\d{4})-W(\d\d)$/, (m) => `the week of ${dayWords(isoMonday(Number(m[1]), Number(m[2])))}`],
  ['month', /^(\d{4})-(\d\d)$/, (m) => monthName(m[2]!) && `${monthName(m[2]!)} ${Number(m[1])}`],
  ['quarter', /^(\d{4}|XXXX)-Q([1-4X])$/, (m) => `${m[2] === 'X' ? 'a quarter' : `the ${ORDINALS[Number(m[2]) - 1]} quarter`}${ofYear(m[1]!)}`],
  ['half', /^(\d{4}|XXXX)-H([12])$/, (m) => `the ${ORDINALS[Number(m[2]) - 1]} half${ofYear(m[1]!)}`],
  ['season', /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/, (m) => `${SEASONS[m[2]!]}${m[1] === 'XXXX' ? '' : ` ${Number(m[1])}`}`],
  ['year', /^(\d{4})$/, (m) => String(Number(m[1]))],
  ['decade', /^(\d{3})X?$/, (m) => `the ${m[1]}0s`],
  ['century', /^(\d\d)(?:XX)?$/, (m) => `the ${ordinal(Number(m[1]) + 1)} century`],
  ['day, year unknown', /^XXXX-(\d\d)-(\d\d)$/, (m) => monthName(m[1]!) && `${monthName(m[1]!)} ${Number(m[2])}, year unknown`],
  ['month, year unknown', /^XXXX-(\d\d)$/, (m, o) => monthName(m[1]!) && (o.type === 'SET' ? `every ${monthName(m[1]!)}` : `${monthName(m[1]!)}, year unknown`)],
  ['weekday', /^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?$/, (m, o) => `${o.type === 'SET' ? 'every' : 'a'} ${WEEKDAYS[Number(m[1]) % 7]}${m[2] ? ` ${PARTS_OF_DAY[m[2]]}` : ''}`],
  ['part of any day', /^XXXX-XX-XXT(MO|AF|EV|NI)$/, (m, o) => `${o.type === 'SET' ? 'every' : 'a'} ${PARTS_OF_DAY[m[1]!]}`],
  ['clock time', /^T(\d\d):(\d\d)(Z?)$/, (m) => `${clock(m[1]!, m[2]!)}${m[3] ? ' UTC' : ''}`],
  ['duration', /^P(?:T?(?:\d+(?:\.\d+)?|X)(?:DE|CE|[YMWDQLHS]))+$/, (m, o) => durationWords(m[0], o.type === 'SET')],
];

/** The value in English; the value itself when its shape is unknown; "unknown" for null. */
export function describeDate(value: string | null, options: DescribeOptions = {}): string {
  if (value === null) return 'unknown';
  const ends = value.split('/');
  if (ends.length === 2) return rangeWords(ends[0]!, ends[1]!, options);
  for (const [, pattern, render] of RULES) {
    const m = pattern.exec(value);
    const words = m && render(m, options);
    if (words) return words;
  }
  return value;
}

function rangeWords(from: string, to: string, o: DescribeOptions): string {
  const a = durationParts(from);
  const b = durationParts(to);
  // "P12M/P18M": "12 to 18 months".
  if (a && b && a.length === 1 && b.length === 1 && a[0]![1] === b[0]![1]) return `${a[0]![0]} to ${durationWords(to, false)}`;
  const plain = { type: o.type };
  return `from ${describeDate(from, plain)} to ${describeDate(to, plain)}`;
}

const day = (m: RegExpExecArray): Day => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
const monthName = (mm: string): string | undefined => MONTHS[Number(mm) - 1];
const ofYear = (y: string) => (y === 'XXXX' ? ', year unknown' : ` of ${Number(y)}`);

function dayWords(d: Day): string {
  return `${WEEKDAYS[weekdayOf(d)]}, ${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

function clock(hh: string, mm: string): string {
  const h = Number(hh);
  if (h === 12 && mm === '00') return 'noon';
  if (h === 0 && mm === '00') return 'midnight';
  return `${h % 12 === 0 ? 12 : h % 12}${mm === '00' ? '' : `:${mm}`} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function isoMonday(year: number, week: number): Day {
  // Week 1 holds January 4; its Monday is 3 days or fewer before.
  const jan4 = Date.UTC(year, 0, 4);
  const back = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = new Date(jan4 - back * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
}

function weekendWords(year: number, week: number): string {
  const monday = isoMonday(year, week);
  const saturday = new Date(Date.UTC(monday.year, monday.month - 1, monday.day + 5));
  const sunday = new Date(saturday.getTime() + 86_400_000);
  const sat = `${MONTHS[saturday.getUTCMonth()]} ${saturday.getUTCDate()}`;
  const sun = sunday.getUTCMonth() === saturday.getUTCMonth() ? `${sunday.getUTCDate()}` : `${MONTHS[sunday.getUTCMonth()]} ${sunday.getUTCDate()}`;
  return `the weekend of ${sat}–${sun}, ${sunday.getUTCFullYear()}`;
}

/** How far a day lies from the reference, in the largest unit that reads naturally. */
function withDistance(words: string, d: Day, o: DescribeOptions): string {
  if (!o.reference || !/^\d{4}-\d\d-\d\d$/.test(o.reference)) return words;
  const [year, month, dd] = o.reference.split('-').map(Number) as [number, number, number];
  return `${words} (${distance({ year, month, day: dd }, d)})`;
}

function distance(ref: Day, d: Day): string {
  const n = daysBetween(ref, d);
  if (n === 0) return 'the day of the article';
  if (n === -1) return 'the day before the article';
  if (n === 1) return 'the day after the article';
  const abs = Math.abs(n);
  const months = Math.abs((d.year - ref.year) * 12 + d.month - ref.month);
  // Exact when the day of the month (and for years the month) is the reference's.
  const [count, unit, exact] = abs < 14 ? [abs, 'day', true]
    : abs < 60 ? [Math.round(abs / 7), 'week', abs % 7 === 0]
    : abs < 335 ? [Math.round(abs / 30.44), 'month', d.day === ref.day && months === Math.round(abs / 30.44)]
    : [Math.round(abs / 365.25), 'year', d.day === ref.day && d.month === ref.month];
  const amount = `${exact ? '' : 'about '}${count} ${unit}${count === 1 ? '' : 's'}`;
  return n < 0 ? `${amount} before the article` : `${amount} after the article`;
}
