/**
 * Days and weeks named through a week: "Tuesday of next week" (the Tuesday of that ISO week, not
 * the week), "Friday of last week", "Monday this week"; "the week of May 6" (the ISO week holding
 * May 6); "the first week of March", "the last week of June". A week belongs to the month holding
 * its Thursday, as an ISO week belongs to the year holding its Thursday, so "the first week of March
 * 2024" is the week of Thursday 7 March, not the one of Friday 1 March. These combine a week, day
 * or month another parser found with the words right before it.
 */
import type { Candidate, DateCombiner } from './candidate.js';
import { type Day, addDays, dayOf, dayValue, nearestWeekday, weekValue, weekdayOf } from './calendar.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

const DAY_OF_WEEK = new RegExp(`\\b(${WEEKDAYS.join('|')})(?:\\s+of)?\\s+$`, 'i');
const WEEK_OF = /\b(?:the\s+)?week\s+of\s+$/i;
const NTH_WEEK_OF = new RegExp(`\\b(?:the\\s+)?(${Object.keys(ORDINALS).join('|')})\\s+week\\s+of\\s+$`, 'i');
const RELATIVE_WEEK = /^(?:this|next|last|the\s+(?:current|previous|coming|following))\s+week$/i;

export const weeks: DateCombiner = (ctx, candidates) => {
  const made: Candidate[] = [];
  for (const c of candidates) {
    const before = ctx.text.slice(0, c.start);
    const text = ctx.text.slice(c.start, c.end);
    const after = ctx.text.slice(c.end);
    let m: RegExpExecArray | null;
    if (RELATIVE_WEEK.test(text) && !/^'s\b/.test(after) && (m = DAY_OF_WEEK.exec(before))) {
      made.push(dayOfWeek(c, m.index, WEEKDAYS.indexOf(m[1]!.toLowerCase())));
    } else if (isDay(c) && (m = WEEK_OF.exec(before))) {
      made.push(weekHolding(c, m.index));
    } else if (isMonth(c) && (m = NTH_WEEK_OF.exec(before))) {
      made.push(nthWeek(c, m.index, ORDINALS[m[1]!.toLowerCase()]!));
    }
  }
  if (!made.length) return candidates;
  const kept = candidates.filter((c) => !made.some((n) => n.start < c.end && c.start < n.end));
  return [...kept, ...made].sort((a, b) => a.start - b.start);
};

const isDay = (c: Candidate) => c.type === 'DATE' && c.written.includes('day') && (c.value === null || /^(?:\d{4}|XXXX)-\d\d-\d\d$/.test(c.value));
const isMonth = (c: Candidate) => c.type === 'DATE' && c.written.includes('month') && !c.written.includes('day') && (c.value === null || /^(?:\d{4}|XXXX)-\d\d$/.test(c.value));
const known = (value: string | null): value is string => value !== null && !value.includes('X');

/** The ISO week's Monday. */
function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

function dayOfWeek(week: Candidate, start: number, weekday: number): Candidate {
  const c: Candidate = { ...week, start, written: ['weekday'], implied: ['year', 'month', 'day'], value: null };
  if (!known(week.value)) return c;
  const [year, w] = week.value.split('-W').map(Number) as [number, number];
  // Thursday of week 1 is the year's first Thursday; count from it.
  const thursday1 = nearestWeekday({ year, month: 1, day: 1 }, 4, 1);
  const monday = mondayOf(addDays(thursday1, 7 * (w - 1)));
  return { ...c, value: dayValue(addDays(monday, (weekday + 6) % 7)) };
}

function weekHolding(day: Candidate, start: number): Candidate {
  const value = known(day.value) ? weekValue(dayOf(day.value)) : null;
  return { ...day, start, value, implied: [...new Set([...day.implied, 'week' as const])] };
}

function nthWeek(month: Candidate, start: number, n: number): Candidate {
  const c: Candidate = { ...month, start, value: null, implied: [...new Set([...month.implied, 'week' as const])] };
  if (!known(month.value)) return c;
  const [year, m] = month.value.split('-').map(Number) as [number, number];
  const thursday = n > 0
    ? addDays(nearestWeekday({ year, month: m, day: 1 }, 4, 1), 7 * (n - 1))
    : nearestWeekday(addDays({ year: m === 12 ? year + 1 : year, month: (m % 12) + 1, day: 1 }, -1), 4, -1);
  if (thursday.month !== m) return c;
  return { ...c, value: weekValue(thursday) };
}

