/**
 * Words that point at the present, past or future without naming a date: "now", "currently" ->
 * PRESENT_REF, "recently", "in the past" -> PAST_REF, "in the future" -> FUTURE_REF, as TIMEX3
 * writes them. chrono reads "now" as the reference instant, a clock time nobody wrote. Left out:
 * "soon" and "previously", which modify verbs ("as previously reported") more often than they
 * place an event in time.
 */
import { type Candidate, type DateParser, RANK } from './candidate.js';

const WORDS: Array<[RegExp, string]> = [
  [/\b(?:now|currently|nowadays|at present|these days)\b(?!\s+that\b)/gi, 'PRESENT_REF'],
  [/\brecently\b|(?<=\b(?:in|from)\s+)the past\b(?!\s+(?:few|several|two|three|\d))/gi, 'PAST_REF'],
  [/(?<=\b(?:in|for|near)\s+)the (?:near |distant )?future\b/gi, 'FUTURE_REF'],
];

export const presentPastFuture: DateParser = (ctx) => {
  const out: Candidate[] = [];
  for (const [re, value] of WORDS) {
    for (const m of ctx.text.matchAll(re)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, written: [], implied: [], rank: RANK.guess });
    }
  }
  return out;
};
