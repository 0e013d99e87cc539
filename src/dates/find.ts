/**
 * Dates and times: chrono-node finds and parses them one sentence at a time (it grows superlinearly
 * on long input, see FINDINGS.md), then each result is turned into a TIMEX3-style value that keeps
 * written and implied parts apart. Bare years, which chrono does not detect, are added here.
 */
import * as chrono from 'chrono-node';
import type { AnalysedDocument } from '../document/analyse.js';
import type { Extractor } from '../pipeline.js';
import type { DateMention, DatePart } from '../types.js';
import { timexValue } from './timex.js';

const BARE_YEAR = /\b(?:in|since|by|of|until|from|before|after|during|through) ((?:1[6-9]|20)\d\d)\b(?![-/]|\s*(?:%|percent|people|dollars))/gi;

export const dateMentions: Extractor = {
  name: 'dates',
  extract(doc) {
    const dates: DateMention[] = [];
    const reference = doc.referenceDate.value ? new Date(`${doc.referenceDate.value}T12:00:00Z`) : null;
    for (const sentence of doc.sentences) {
      const text = doc.norm.slice(sentence.start, sentence.end);
      const results = chrono.parse(text, { instant: reference ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false });
      for (const r of results) {
        if (!isDateLike(r.text)) continue;
        // TIMEX3 spans leave out the preposition chrono takes along ("on Thursday" -> "Thursday").
        const lead = /^(?:on|in|at|by|since|until|from|during|before|after|of)\s+/i.exec(r.text)?.[0].length ?? 0;
        const start = sentence.start + r.index + lead;
        const end = sentence.start + r.index + r.text.length;
        const { value, written, implied, type } = timexValue(r, reference);
        dates.push(mention(doc, dates.length, start, end, type, value, written, implied));
      }
      for (const m of text.matchAll(BARE_YEAR)) {
        const start = sentence.start + m.index + m[0].length - m[1]!.length;
        const end = start + 4;
        if (dates.some((d) => d.start < end && start < d.end)) continue;
        dates.push(mention(doc, dates.length, start, end, 'DATE', m[1]!, ['year'], []));
      }
    }
    dates.sort((a, b) => a.start - b.start);
    return { dates: dates.map((d, i) => ({ ...d, id: `d${i}` })) };
  },
};

/** chrono reads "26.805 a share" or a lone "may" as times and dates; keep only what looks like one. */
function isDateLike(text: string): boolean {
  if (/^\d+([.:]\d+)?$/.test(text.trim())) return false;
  if (/^(may|march|sat|sun|mon|now)$/i.test(text.trim())) return text.trim()[0] !== text.trim()[0]!.toLowerCase() && !/^may$/i.test(text.trim());
  return true;
}

function mention(doc: AnalysedDocument, i: number, start: number, end: number, type: DateMention['type'], value: string | null, written: DatePart[], implied: DatePart[]): DateMention {
  return { kind: 'date', id: `d${i}`, type, value, written, implied, start, end, text: doc.text.slice(start, end) };
}
