/**
 * Reporting periods named by pointing back, as business news does: "the quarter", "that quarter"
 * (the quarter last named), and the year-ago comparisons "the year-earlier quarter", "the quarter a
 * year ago", "the same period last year", "the corresponding period a year earlier", "the same month
 * a year ago", and a bare "a year earlier" or "year-ago" next to a quarter ("net income rose in the
 * third quarter from $2 million a year earlier": 2016-Q3 becomes 2015-Q3, not 2015).
 *
 * `periods` finds the phrases chrono and the unit parsers miss, with a value from the reference
 * date alone; `anchorPeriods` then re-reads every such phrase against the period the article named
 * last before it, once all dates of the document are known.
 */
import type { DateMention } from '../types.js';
import { type Candidate, type DateParser, RANK } from './candidate.js';
import { quarterOf, year4 } from './calendar.js';

const YEAR_BACK = '(?:last\\s+year|a\\s+year\\s+(?:ago|earlier|before))';
/** "the quarter", "that quarter": the quarter last named. Not "the quarter of a mile", nor "the old quarter" of a city. */
const SAME_QUARTER = /\b(?:the|that)\s+(?:same\s+)?quarter\b(?![-\w]|\s+of\b)/gi;
/** A year before a period named earlier. */
const YEAR_BACK_PERIOD = new RegExp(
  [
    `\\bthe\\s+(?:comparable\\s+|same\\s+)?(?:year-earlier|year-ago|prior-year|previous-year)\\s+(?:quarter|period|month)\\b`,
    `\\bthe\\s+(?:same|corresponding|comparable|like)\\s+(?:quarter|period|month|half)\\s+${YEAR_BACK}`,
    `\\bthe\\s+(?:quarter|period)\\s+${YEAR_BACK}`,
    `\\blast\\s+year's\\s+(?:quarter|period)\\b`,
  ].join('|'),
  'gi',
);

/** What a pointing phrase points at, and how far back from it. */
export interface PeriodAnchor {
  /** Values it may take its period from: quarters and halves, or those and months. */
  kinds: 'quarter' | 'period' | 'month';
  /** Years back from the anchor. */
  years: number;
  /** How many sentences back the anchor may stand; any number for "the quarter". */
  sentences: number;
}

/**
 * "A year earlier" compares with the period of its own sentence or the one before; a phrase that
 * names its period ("the same period last year") may reach a little further, as a paragraph does.
 */
const BARE_REACH = 1;
const NAMED_REACH = 3;

const BARE_YEAR_BACK = /^(?:a year (?:earlier|ago)|(?:the )?year-(?:earlier|ago))$/;
const WHOLE_SAME_QUARTER = new RegExp(`^${SAME_QUARTER.source}$`, 'i');
const WHOLE_YEAR_BACK_PERIOD = new RegExp(`^(?:${YEAR_BACK_PERIOD.source})$`, 'i');

/** The anchor a date's text points at, or null when the text names its own date. */
export function periodAnchor(text: string): PeriodAnchor | null {
  const t = text.replace(/\s+/g, ' ').toLowerCase();
  if (BARE_YEAR_BACK.test(t)) return { kinds: 'quarter', years: 1, sentences: BARE_REACH };
  if (WHOLE_SAME_QUARTER.test(t)) return { kinds: 'quarter', years: 0, sentences: Infinity };
  if (WHOLE_YEAR_BACK_PERIOD.test(t)) {
    return { kinds: /\bmonth\b/.test(t) ? 'month' : /\bperiod\b/.test(t) ? 'period' : 'quarter', years: 1, sentences: NAMED_REACH };
  }
  return null;
}

export const periods: DateParser = (ctx) => {
  const out: Candidate[] = [];
  const ref = ctx.reference;
  // Business news reports a quarter once it has ended: the last one ended by the reference date.
  const lastQuarter = ref ? ref.year * 4 + quarterOf(ref.month) - 2 : null;
  const quarterValue = (q: number) => `${year4(Math.floor(q / 4))}-Q${(q % 4) + 1}`;
  for (const m of ctx.text.matchAll(SAME_QUARTER)) {
    const value = lastQuarter === null ? null : quarterValue(lastQuarter);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, written: [], implied: value ? ['year', 'quarter'] : [], rank: RANK.unit });
  }
  for (const m of ctx.text.matchAll(YEAR_BACK_PERIOD)) {
    const quarter = /\bquarter\b/i.test(m[0]);
    const value = !ref ? null : quarter ? quarterValue(lastQuarter! - 4) : year4(ref.year - 1);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, written: [], implied: value ? ['year'] : [], rank: RANK.unit });
  }
  return out;
};

const KINDS: Record<PeriodAnchor['kinds'], RegExp> = {
  quarter: /^\d{4}-[QH]\d$/,
  period: /^\d{4}-(?:[QH]\d|\d\d)$/,
  month: /^\d{4}-\d\d$/,
};

/**
 * Every pointing phrase re-read against the period named last before it (a pointing phrase is no
 * anchor itself, so "a year earlier" after "the year-earlier quarter" does not go back two years).
 * Dates in document order, `sentenceAt` giving the sentence index of an offset; the ones with
 * nothing to point at keep their values.
 */
export function anchorPeriods(dates: DateMention[], sentenceAt: (offset: number) => number): DateMention[] {
  // The last anchor of each kind: an older one is never nearer, so one of each is enough.
  const last: Partial<Record<PeriodAnchor['kinds'], DateMention>> = {};
  return dates.map((d) => {
    const anchor = d.range ? null : periodAnchor(d.text);
    if (!anchor) {
      for (const kind of Object.keys(KINDS) as Array<PeriodAnchor['kinds']>) if (d.value && KINDS[kind].test(d.value)) last[kind] = d;
      return d;
    }
    const target = last[anchor.kinds];
    if (!target || sentenceAt(d.start) - sentenceAt(target.start) > anchor.sentences) return d;
    const year = Number(target.value!.slice(0, 4)) - anchor.years;
    return { ...d, type: 'DATE', value: `${year4(year)}${target.value!.slice(4)}`, implied: [...new Set([...d.implied, 'year' as const])] };
  });
}
