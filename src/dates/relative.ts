/**
 * Calendar units named relative to the reference date, at the granularity written: "last week" is
 * an ISO week (2017-W13), "this month" a month, "last year" a year, "last summer" a season,
 * "earlier this year" the year. chrono reads all of these as single days. Also "last November"
 * (the month before the reference, not the nearest one) and "several years ago" (PAST_REF: no
 * number to count back by).
 */
import type { DatePart } from '../types.js';
import { type Candidate, type DateParser, RANK } from './candidate.js';
import { type Day, addDays, addMonths, monthValue, nearestWeekday, quarterOf, weekdayOf, weekValue, year4 } from './calendar.js';
import { MONTH_NAMES } from './vocabulary.js';

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** The month each season ends in, to tell whether "last summer" is this year's. */
const SEASON_END: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };

const PHRASE = new RegExp(
  `\\b(?:(${MONTH_NAMES.join('|')})(?:\\s+of)?\\s+(?=(?:this|last|next)\\s+year\\b))?(?:(?:earlier|later|early|late)\\s+)?(this|last|next|the\\s+(?:current|previous|past|coming|following))\\s+(week|weekend|month|year|quarter|${Object.keys(SEASONS).join('|')}|${MONTH_NAMES.join('|')})\\b(?!-|\\s+(?:and|or)\\s+(?:a|an|two|three))`,
  'gi',
);
const VAGUE_AGO = /\b(?:several|a few|few|many|some|a couple of)\s+(?:years|months|weeks|days|decades)\s+(?:ago|earlier)\b/gi;
/** "year-earlier", "year-ago": the year before the reference, as financial news writes it. */
const YEAR_EARLIER = /\b(?:year-earlier|year-ago)\b/gi;

export const relativeUnits: DateParser = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(PHRASE)) {
    const namedMonth = m[1]?.toLowerCase();
    const which = m[2]!.toLowerCase().replace(/^the\s+/, '');
    const unit = m[3]!.toLowerCase();
    // "the past year" and "the coming month" are spans of time, left to durations.ts.
    if (/^(?:past|coming|following)$/.test(which) && !MONTH_NAMES.includes(unit)) continue;
    const step = which === 'last' || which === 'previous' || which === 'past' ? -1 : which === 'next' || which === 'coming' || which === 'following' ? 1 : 0;
    const resolved = ctx.reference ? resolve(ctx.reference, unit, step) : null;
    // "June last year": the month of that year.
    if (resolved && namedMonth) {
      resolved.value = monthValue(Number(resolved.value), MONTH_NAMES.indexOf(namedMonth) + 1);
      resolved.written = ['month'];
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: resolved?.value ?? null, written: resolved?.written ?? [], implied: resolved?.implied ?? [], rank: RANK.unit });
  }
  for (const m of ctx.text.matchAll(YEAR_EARLIER)) {
    const value = ctx.reference ? year4(ctx.reference.year - 1) : null;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, written: [], implied: value ? ['year'] : [], rank: RANK.unit });
  }
  for (const m of ctx.text.matchAll(VAGUE_AGO)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF', written: [], implied: [], rank: RANK.unit });
  }
  return out;
};

interface Resolved {
  value: string;
  written: DatePart[];
  implied: DatePart[];
}

function resolve(ref: Day, unit: string, step: number): Resolved {
  const implied: DatePart[] = ['year'];
  const month = MONTH_NAMES.indexOf(unit) + 1;
  if (month > 0) {
    // "last November" is the latest November before the reference month; "next" the first after.
    const year = step < 0 ? (month < ref.month ? ref.year : ref.year - 1) : step > 0 ? (month > ref.month ? ref.year : ref.year + 1) : ref.year;
    return { value: monthValue(year, month), written: ['month'], implied };
  }
  switch (unit) {
    case 'week':
      return { value: weekValue(addDays(ref, 7 * step)), written: [], implied: ['year', 'week'] };
    case 'weekend': {
      // "this weekend" is the coming one, unless the reference falls on it.
      const onWeekend = [0, 6].includes(weekdayOf(ref));
      const saturday = step === 0 ? nearestWeekday(ref, 6, onWeekend ? -1 : 1) : nearestWeekday(addDays(ref, step), 6, step < 0 ? -1 : 1);
      return { value: `${weekValue(saturday)}-WE`, written: [], implied: ['year', 'week'] };
    }
    case 'month': {
      const m = addMonths(ref.year, ref.month, step);
      return { value: monthValue(m.year, m.month), written: [], implied: ['year', 'month'] };
    }
    case 'year':
      return { value: year4(ref.year + step), written: [], implied };
    case 'quarter': {
      const q = ref.year * 4 + quarterOf(ref.month) - 1 + step;
      return { value: `${year4(Math.floor(q / 4))}-Q${(q % 4) + 1}`, written: [], implied: ['year', 'quarter'] };
    }
    default: {
      const season = SEASONS[unit]!;
      const thisYears = ref.month > SEASON_END[season]! || (season === 'WI' && ref.month <= 2);
      const year = step < 0 ? (thisYears && season !== 'WI' ? ref.year : ref.year - 1) : step > 0 ? (thisYears || season === 'WI' ? ref.year + 1 : ref.year) : ref.year;
      return { value: `${year4(year)}-${season}`, written: [], implied };
    }
  }
}
