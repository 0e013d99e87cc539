/**
 * Ranges and intervals: two dates joined by a dash, "to" or "through", "until" or "till" after
 * "from", or "and" after "between", become one candidate holding both ends ("Aug 10 - Nov 12, 2011",
 * "from Monday to Wednesday", "between 1982 and 1992", "between 12 and 18 months"). TIMEX3 has no
 * range value, so each end keeps its own, and what one end writes and the other leaves out (the
 * year, the month, the unit of a duration) is carried across: "Aug 10 - Nov 12, 2011" starts in
 * 2011, "Dec. 28 - Jan. 3, 2012" in 2011, and "Monday to Wednesday" ends after it starts. Ends of
 * different kinds ("a revision Friday to December's figures") or in the wrong order stay apart.
 */
import type { Candidate, DateCombiner } from './candidate.js';
import { quantityValue } from './numbers.js';
import { carried } from './range-ends.js';

const DASH = /^\s*[-–—]\s*$/;
const WORD = /^\s+(to|through|thru|until|till|and)\s+$/i;
/** A number right before a duration's number: "12 and 18 months", "two to three years", "10-15 years". */
const NUMBER_BEFORE = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)(\s*[-–]\s*|\s+(?:to|and)\s+)$/i;
const BARE_DAY = /^\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?$/i;
const LEADING_NUMBER = /^(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s/i;

export const ranges: DateCombiner = (ctx, candidates) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    const between = b ? ctx.text.slice(a.end, b.start) : '';
    const joined = b && connects(between, ctx.text.slice(0, a.start)) ? join(a, b) : null;
    // A range chrono read whose ends do not join, one of them a bare day number, stays one date as
    // chrono read it ("the night of June 3-4"): a lone "4" is no date.
    const bare = (c: Candidate) => BARE_DAY.test(ctx.text.slice(c.start, c.end));
    const whole = !joined && b && a.chronoRangeEnd === b.end && (bare(a) || bare(b)) ? { ...a, end: b.end } : null;
    if (joined ?? whole) {
      out.push((joined ?? whole)!);
      i++;
      continue;
    }
    const counted = a.type === 'DURATION' ? countedRange(ctx.text, a) : null;
    out.push(counted ?? a);
  }
  return out;
};

function connects(between: string, before: string): boolean {
  if (DASH.test(between)) return true;
  const word = WORD.exec(between)?.[1]?.toLowerCase();
  if (word === 'and') return /\bbetween\s+$/i.test(before);
  if (word === 'until' || word === 'till') return /\bfrom\s+$/i.test(before);
  return word !== undefined;
}

function join(a: Candidate, b: Candidate): Candidate | null {
  // DATE and TIME are both calendar values ("the night of June 3-4"); a duration joins a duration.
  const calendar = (c: Candidate) => c.type === 'DATE' || c.type === 'TIME';
  if (!(a.type === b.type || (calendar(a) && calendar(b))) || a.type === 'SET' || a.value === null || b.value === null) return null;
  const g = grain(a.value);
  if (g === null || g !== grain(b.value)) return null;
  const [from, to] = g === 'day' || g === 'month' ? carried(a, b) : [a, b];
  if (!ordered(from.value!, to.value!)) return null;
  return range(from, to);
}

function range(from: Candidate, to: Candidate): Candidate {
  const written = [...new Set([...from.written, ...to.written])];
  const implied = [...new Set([...from.implied, ...to.implied])].filter((p) => !written.includes(p));
  const c: Candidate = {
    start: from.start, end: to.end, type: from.type, value: `${from.value}/${to.value}`, written, implied,
    rank: Math.max(from.rank, to.rank), range: { from, to },
  };
  if (from.inconsistent ?? to.inconsistent) c.inconsistent = 'weekday';
  return c;
}

type Grain = 'day' | 'month' | 'year' | 'week' | 'quarter' | 'season' | 'time' | 'weekday' | 'decade' | 'century' | `duration:${string}`;

/** What a value counts in: two ends must count in the same unit to make a range. */
function grain(value: string): Grain | null {
  const d = /^P(T?)(?:\d+(?:\.\d+)?|X)([A-Z]+)$/.exec(value);
  if (d) return `duration:${d[1]}${d[2]}`;
  if (/^(?:\d{4}|XXXX)-\d\d-\d\d(?:T.*)?$/.test(value)) return 'day';
  if (/^(?:\d{4}|XXXX)-\d\d$/.test(value)) return 'month';
  if (/^XXXX-WXX-\d(?:T.*)?$/.test(value)) return 'weekday';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-W\d\d$/.test(value)) return 'week';
  if (/^\d{4}-[QH]\d$/.test(value)) return 'quarter';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^T\d/.test(value)) return 'time';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}

/** True unless both ends are known and the first comes after the second. */
function ordered(from: string, to: string): boolean {
  if (from.startsWith('P')) return durationNumber(from)! <= durationNumber(to)!;
  if (from.includes('X') || to.includes('X')) return true;
  return from <= to;
}

/**
 * "between 12 and 18 months", "two to three years", "10-15 years": the bare number before a
 * duration is a duration of the same unit, and the two make a range.
 */
function countedRange(text: string, b: Candidate): Candidate | null {
  const n = durationNumber(b.value ?? '');
  const written = LEADING_NUMBER.exec(text.slice(b.start, b.end))?.[1];
  const q = written === undefined ? null : quantityValue(written);
  if (n === null || !q) return null;
  const m = NUMBER_BEFORE.exec(text.slice(0, b.start));
  if (!m) return null;
  const start = m.index;
  if (/\band\s+$/i.test(m[2]!) && !/\bbetween\s+$/i.test(text.slice(0, start))) return null;
  const first = quantityValue(m[1]!);
  if (first === null || first >= q) return null;
  const value = b.value!.replace(/[\d.]+/, String(first * (n / q)));
  const from: Candidate = { start, end: start + m[1]!.length, type: 'DURATION', value, written: [], implied: [], rank: b.rank };
  return range(from, b);
}

/** The number of a one-unit duration ("P18M" -> 18), or null. */
function durationNumber(value: string): number | null {
  const m = /^PT?(\d+(?:\.\d+)?)[A-Z]+$/.exec(value);
  return m ? Number(m[1]) : null;
}
