/**
 * chrono-node's finds in one sentence, minus the traps measured in FINDINGS.md, with values from
 * timex.ts. chrono runs per sentence: it grows superlinearly on long input. A range chrono reads
 * ("Aug 10 - Nov 12, 2011", "June 2-4") is cut into its two ends, each with its own value; ranges.ts
 * joins them again and carries the shared year or month from one end to the other.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { type Candidate, type DateParser, RANK } from './candidate.js';
import { dayValue } from './calendar.js';
import { chronoMayRead } from './vocabulary.js';
import { timexOf } from './timex.js';

/** TIMEX3 spans leave out the preposition chrono takes along ("on Thursday" -> "Thursday"). */
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|until|from|during|before|after|of|the)\s+/i;

const AGO_MODIFIER = /\b(?:about|almost|nearly|some|more than|less than|roughly|just|only|over|around)\s+$/i;

/** Month names that are also common English words: "you may", "the march on Washington". */
const AMBIGUOUS_MONTH = /^(?:may|march)$/i;
/** Words after which a lone "May" or "March" is the month. */
const MONTH_LEAD = /\b(?:in|since|by|until|from|during|of|through|before|after|last|next|this|early|late|mid|end|beginning|until|between|and|or|to)\s*$/i;
/** Abbreviated weekdays that are names or words when alone: "Sun Microsystems", "Sat down". */
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
/** A clock time must say it is one: "15:00", "3 p.m.", "3pm", "noon", "o'clock". */
const CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b\.?|o'clock|\bnoon\b|\bmidnight\b/i;
/** Lone words chrono reads as a time of day with no day to hang it on ("$55 a night", "the day"). */
const LONE_WORD = /^(?:night|day|this day|the day|now|right now|morning|evening|afternoon)$/i;

/** What chrono takes along at the end and TIMEX3 leaves out: spaces, commas, semicolons, colons. */
const TRAILING = new Set([' ', '\t', '\n', '\r', ',', ';', ':']);

/** Length of the run of `chars` that ends `text`: a loop, where /[...]+$/ backtracks quadratically. */
function trailing(text: string, chars: ReadonlySet<string>): number {
  let n = 0;
  while (n < text.length && chars.has(text[text.length - 1 - n]!)) n++;
  return n;
}

export const chronoDates: DateParser = (ctx) => {
  if (!chronoMayRead(ctx.text)) return [];
  const instant = ctx.reference ? new Date(`${dayValue(ctx.reference)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Candidate[] = [];
  for (const r of chrono.parse(ctx.text, { instant, timezone: 0 }, { forwardDate: false })) {
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    // A final period stays: it ends "p.m." or "Jan." more often than it ends the sentence.
    const trail = trailing(r.text, TRAILING);
    // "almost two years ago": the modifier belongs to the expression, as TIMEX3 spans it.
    const modifier = /\bago$/i.test(r.text) ? (AGO_MODIFIER.exec(ctx.text.slice(0, r.index))?.[0].length ?? 0) : 0;
    const start = r.index + lead - modifier;
    const end = r.index + r.text.length - trail;
    const text = ctx.text.slice(start, end);
    if (end <= start || isTrap(r, text, ctx.text.slice(0, start))) continue;
    const cut = r.end ? rangeCut(text) : null;
    if (r.end && cut) {
      const [fromEnd, toStart] = cut;
      const toText = text.slice(toStart);
      const from = onlyVisible(timexOf(r.start, text.slice(0, fromEnd), ctx.reference, ctx.future(start, start + fromEnd)), text.slice(0, fromEnd));
      const to = onlyVisible(timexOf(r.end, toText, ctx.reference, ctx.future(start + toStart, end)), toText);
      out.push({ start, end: start + fromEnd, rank: RANK.chrono, ...from, chronoRangeEnd: end }, { start: start + toStart, end, rank: RANK.chrono, ...to });
      continue;
    }
    out.push({ start, end, rank: RANK.chrono, ...timexOf(r.start, text, ctx.reference, ctx.future(start, end)) });
  }
  return out;
};

/** Where a range's first end stops and its second starts: at a word or spaced dash, else at a bare dash ("10-12"). */
function rangeCut(text: string): [number, number] | null {
  // (?<!\s): a match starts at the first space of a run, not at each one (quadratic on long runs).
  const m = /(?<!\s)\s+(?:to|through|thru|until|till|and)\s+|(?<!\s)\s+[-–—]\s*|(?<!\s)[-–—]\s+/i.exec(text) ?? /[-–—]/.exec(text);
  if (!m || m.index === 0 || m.index + m[0].length >= text.length) return null;
  return [m.index, m.index + m[0].length];
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d[/.]\d/i;

/** An end of a range may write only its day ("June 2-4", "10-12 March"): chrono's month for it came from the other end. */
function onlyVisible(t: ReturnType<typeof timexOf>, text: string): ReturnType<typeof timexOf> {
  const hidden = t.written.filter((p) => (p === 'month' && !MONTH_WORD.test(text)) || (p === 'year' && !/\d{4}|'\d\d/.test(text)));
  if (!hidden.length) return t;
  return { ...t, written: t.written.filter((p) => !hidden.includes(p)), implied: [...new Set([...t.implied, ...hidden])] };
}

function isTrap(r: ParsedResult, text: string, before: string): boolean {
  // A lone number, or a score ("3:1"); a clock time has two digits after the colon.
  if (/^\d+(?:[.,]\d+)?$|^\d+:\d$/.test(text)) return true;
  if (LONE_WORD.test(text)) return true;
  // "the quarter", "a quarter to ...": quarters.ts reads fiscal quarters; chrono takes them for clock times.
  if (/\bquarter\b/i.test(text)) return true;
  if (WEEKDAY_ABBREVIATION.test(text)) return true;
  if (AMBIGUOUS_MONTH.test(text)) {
    // "may" in lower case is the modal verb; a capital May opening a sentence is too ("May I ...").
    if (text[0] !== text[0]!.toUpperCase() || before.trim() === '') return true;
    if (/^may$/i.test(text) && !MONTH_LEAD.test(before)) return true;
  }
  const c = r.start;
  const timeOnly = c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
  const casual = [...c.tags()].some((t) => t.startsWith('casualReference'));
  // "26.805 a share", "$4 a share", "7,000 to 8,000": numbers chrono took for clock times.
  if (timeOnly && !casual && !CLOCK.test(r.text)) return true;
  return false;
}
