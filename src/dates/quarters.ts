/**
 * Fiscal quarters and halves, which chrono does not know: "the third quarter" -> 2017-Q3,
 * "third-quarter profit", "Q2 2016", "the first half of 2015" -> 2015-H1. A written year wins;
 * otherwise "last year's" counts back one, and a bare quarter is the latest one that has begun by
 * the reference date (results are reported after the quarter), or in future tense the next one,
 * unless it is the quarter just ended.
 */
import type { DatePart } from '../types.js';
import { type Candidate, type DateParser, RANK } from './candidate.js';
import { quarterOf, year4 } from './calendar.js';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

const QUARTER = /\b(?:(?:(last|this|next) year's|((?:19|20)\d\d)(?:'s)?)\s+)?(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|final)[- ](quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d\d))?\b/gi;
const SHORT = /\b(Q[1-4]|H[12])(?:\s+|\/|-)?((?:19|20)\d\d)?\b/g;

export const quarters: DateParser = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(QUARTER)) {
    const [whole, shift, yearBefore, ordinal, unit, yearAfter] = m as unknown as [string, string | undefined, string | undefined, string, string, string | undefined];
    const n = ORDINAL[ordinal.toLowerCase()]!;
    const half = unit.toLowerCase() === 'half';
    if (half && n > 2) continue;
    const written = yearBefore ?? yearAfter;
    const step = shift ? { last: -1, this: 0, next: 1 }[shift.toLowerCase() as 'last' | 'this' | 'next'] : null;
    out.push(candidate(ctx, m.index, m.index + whole.length, half ? 'H' : 'Q', n, written ? Number(written) : null, step));
  }
  for (const m of ctx.text.matchAll(SHORT)) {
    const kind = m[1]![0] as 'Q' | 'H';
    out.push(candidate(ctx, m.index, m.index + m[0].length, kind, Number(m[1]![1]), m[2] ? Number(m[2]) : null, null));
  }
  return out;
};

function candidate(ctx: Parameters<DateParser>[0], start: number, end: number, kind: 'Q' | 'H', n: number, year: number | null, step: number | null): Candidate {
  const written: DatePart[] = kind === 'Q' ? ['quarter'] : [];
  if (year !== null) return { start, end, type: 'DATE', value: `${year4(year)}-${kind}${n}`, written: [...written, 'year'], implied: [], rank: RANK.unit };
  const ref = ctx.reference;
  if (!ref) return { start, end, type: 'DATE', value: `XXXX-${kind}${n}`, written, implied: [], rank: RANK.unit };
  const current = kind === 'Q' ? quarterOf(ref.month) : ref.month <= 6 ? 1 : 2;
  let y = ref.year + (step ?? 0);
  if (step === null) {
    // In future tense the quarter just ended is still this year's: what lies ahead of it is its
    // report ("will report third-quarter results", written in October); an earlier one is next year's.
    if (ctx.future(start, end)) y += n < current - 1 ? 1 : 0;
    else y -= n > current ? 1 : 0;
  }
  return { start, end, type: 'DATE', value: `${year4(y)}-${kind}${n}`, written, implied: ['year'], rank: RANK.unit };
}
