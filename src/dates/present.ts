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
  // The preposition is matched and the expression taken from the group `ref`: a lookbehind with \s+
  // in it was tried back from every position, quadratic on long runs of white space.
  [/\brecently\b/gi, 'PAST_REF'],
  [/\b(?:in|from)\s+(?<ref>the past)\b(?!\s+(?:few|several|two|three|\d))/gi, 'PAST_REF'],
  [/\b(?:in|for|near)\s+(?<ref>the (?:near |distant )?future)\b/gi, 'FUTURE_REF'],
];

export const presentPastFuture: DateParser = (ctx) => {
  const out: Candidate[] = [];
  for (const [re, value] of WORDS) {
    for (const m of ctx.text.matchAll(re)) {
      // The group `ref` ends the match: what comes before it is context, not the expression.
      const ref = m.groups?.ref ?? m[0];
      const start = m.index + m[0].length - ref.length;
      out.push({ start, end: start + ref.length, type: 'DATE', value, written: [], implied: [], rank: RANK.guess });
    }
  }
  return out;
};
