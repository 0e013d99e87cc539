/**
 * The two ends of a day or month range, read together: what one end writes and the other leaves
 * out is carried across. A weekday alone counts from the other end ("Monday to Wednesday" ends two
 * days after it starts, "from Friday until May 1" starts on the Friday before); the end without a
 * year takes the other's, one less or more when the ends would otherwise run backwards ("Dec. 28 -
 * Jan. 3, 2012" starts in 2011); the end without a month takes the other's ("June 2-4").
 */
import type { DatePart } from '../types.js';
import type { Candidate } from './candidate.js';
import { type Day, addDays, dayValue, monthValue, nearestWeekday, weekdayOf, year4 } from './calendar.js';

interface Parts {
  year: number | null;
  month: number;
  day: number | null;
  /** What follows the date: a time of day. */
  rest: string;
}

function parts(value: string): Parts {
  const m = /^(\d{4}|XXXX)-(\d\d)(?:-(\d\d))?(.*)$/.exec(value)!;
  return { year: m[1] === 'XXXX' ? null : Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null, rest: m[4] ?? '' };
}

function valueOf(p: Parts): string {
  const year = p.year === null ? 'XXXX' : year4(p.year);
  if (p.day === null) return p.year === null ? `XXXX-${monthValue(0, p.month).slice(5)}` : monthValue(p.year, p.month);
  return `${year}${dayValue({ year: 2000, month: p.month, day: p.day }).slice(4)}${p.rest}`;
}

const asDay = (p: Parts): Day => ({ year: p.year!, month: p.month, day: p.day! });
const weekdayOnly = (c: Candidate) => c.written.includes('weekday') && !c.written.includes('day');
const later = (x: Parts, y: Parts) => valueOf({ ...x, rest: '' }) > valueOf({ ...y, rest: '' });

/** Both ends of a range of days or months (values "YYYY-MM-DD..." or "YYYY-MM"), carried across. */
export function carried(a: Candidate, b: Candidate): [Candidate, Candidate] {
  const pa = parts(a.value!);
  const pb = parts(b.value!);
  const known = (p: Parts) => p.year !== null && p.day !== null;
  // A weekday alone is counted from the other end: "Monday to Wednesday", "from Friday until May 1".
  if (weekdayOnly(b) && known(pa) && known(pb)) {
    return [a, withParts(b, fromDay(nearestWeekday(addDays(asDay(pa), 1), weekdayOf(asDay(pb)), 1), pb.rest), [])];
  }
  if (weekdayOnly(a) && known(pa) && known(pb)) {
    return [withParts(a, fromDay(nearestWeekday(addDays(asDay(pb), -1), weekdayOf(asDay(pa)), -1), pa.rest), []), b];
  }
  if (!a.written.includes('month') && b.written.includes('month')) pa.month = pb.month;
  if (!b.written.includes('month') && a.written.includes('month')) pb.month = pa.month;
  const aYear = a.written.includes('year');
  const bYear = b.written.includes('year');
  if (bYear && !aYear && pb.year !== null) {
    pa.year = pb.year;
    if (later(pa, pb)) pa.year--;
    return [withParts(a, pa, ['year', 'month']), b];
  }
  if (!bYear && pa.year !== null) {
    pb.year = pa.year;
    if (later(pa, pb)) pb.year++;
    return [withParts(a, pa, ['month']), withParts(b, pb, ['year', 'month'])];
  }
  return [a, b];
}

function fromDay(d: Day, rest: string): Parts {
  return { ...d, rest };
}

function withParts(c: Candidate, p: Parts, implied: DatePart[]): Candidate {
  return { ...c, value: valueOf(p), implied: [...new Set([...c.implied, ...implied])].filter((x) => !c.written.includes(x)) };
}
