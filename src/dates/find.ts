/**
 * Dates and times, one sentence at a time: every parser below proposes candidates, then the
 * overlaps are settled (higher rank first, then the longer span, then the earlier one) and the
 * winners become DateMentions with document offsets. chrono-node does the calendar dates and
 * clock times; the other parsers add what it lacks.
 */
import { type AnalysedDocument, sentenceAt } from '../document/analyse.js';
import type { Extractor } from '../pipeline.js';
import type { DateEnd, DateMention } from '../types.js';
import type { Candidate, DateCombiner, DateParser, SentenceContext } from './candidate.js';
import { dayOf } from './calendar.js';
import { chronoDates } from './chrono-dates.js';
import { durations } from './durations.js';
import { anchorPeriods, periods } from './periods.js';
import { presentPastFuture } from './present.js';
import { quarters } from './quarters.js';
import { ranges } from './ranges.js';
import { relativeUnits } from './relative.js';
import { roleOf } from './role.js';
import { sets } from './sets.js';
import { mayHoldDate } from './vocabulary.js';
import { isFuture } from './tense.js';
import { weeks } from './weeks.js';
import { years } from './years.js';

/** Order does not decide overlaps (rank does); it is the order candidates are reported in ties. */
export const DATE_PARSERS: readonly DateParser[] = [sets, durations, relativeUnits, quarters, periods, chronoDates, years, presentPastFuture];

/**
 * Run in this order on the settled candidates: weeks first, so that "Monday to Tuesday of next
 * week" joins a day that is already whole.
 */
export const DATE_COMBINERS: readonly DateCombiner[] = [weeks, ranges];

export const dateMentions: Extractor = {
  name: 'dates',
  extract(doc) {
    const reference = doc.referenceDate.value ? dayOf(doc.referenceDate.value) : null;
    const dates: DateMention[] = [];
    for (const sentence of doc.sentences) {
      const text = doc.norm.slice(sentence.start, sentence.end);
      if (!mayHoldDate(text)) continue;
      const ctx: SentenceContext = { text, reference, future: (start, end) => isFuture(text, start, end) };
      const settled = settle(DATE_PARSERS.flatMap((parse) => parse(ctx)));
      for (const c of DATE_COMBINERS.reduce((cs, combine) => combine(ctx, cs), settled)) {
        dates.push(mention(doc, sentence.start, c, roleOf(text, c.start, c.end)));
      }
    }
    dates.sort((a, b) => a.start - b.start);
    // Last, over the whole document: "the quarter" and "a year earlier" point at a period named before.
    // A date always starts inside a sentence: the parsers read one sentence at a time.
    return { dates: anchorPeriods(dates, (offset) => sentenceAt(doc, offset)?.index ?? 0).map((d, i) => ({ ...d, id: `d${i}` })) };
  },
};

/** Keeps the best candidate of each overlapping group; the survivors do not overlap. */
export function settle(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.rank - a.rank || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function mention(doc: AnalysedDocument, offset: number, c: Candidate, role: 'deadline' | undefined): DateMention {
  const start = offset + c.start;
  const end = offset + c.end;
  const m: DateMention = { kind: 'date', id: '', type: c.type, value: c.value, written: c.written, implied: c.implied, start, end, text: doc.text.slice(start, end) };
  if (role) m.role = role;
  if (c.range) m.range = { from: rangeEnd(doc, offset, c.range.from), to: rangeEnd(doc, offset, c.range.to) };
  if (c.inconsistent) m.inconsistent = c.inconsistent;
  return m;
}

function rangeEnd(doc: AnalysedDocument, offset: number, c: Candidate): DateEnd {
  const start = offset + c.start;
  const end = offset + c.end;
  return { start, end, text: doc.text.slice(start, end), value: c.value };
}
