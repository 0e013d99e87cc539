/**
 * Public laws and the Statutes at Large: "Pub. L. No. 115-164", "Public Law 104-104",
 * "132 Stat. 1253". A public law's number is its Congress and its place in that Congress's laws.
 */
import type { Found } from './found.js';

const PUBLIC_LAW = /\b(?:Pub\. ?L\.|Public Law|P\.L\.)(?: No\.)? (\d{1,3})[-\u2013](\d{1,4})\b/g;
const AT_LARGE = /(?<![\w.])(\d{1,3}) Stat\. (\d{1,5})\b/g;

export function publicLaws(norm: string): Found[] {
  const out: Found[] = [];
  for (const m of norm.matchAll(PUBLIC_LAW)) {
    const end = m.index + m[0].length;
    const numberAt = end - m[2]!.length;
    const congressAt = numberAt - 1 - m[1]!.length;
    out.push({
      form: 'public-law', start: m.index, end, fullStart: m.index, fullEnd: end,
      parts: [{ name: 'congress', start: congressAt, end: congressAt + m[1]!.length }, { name: 'number', start: numberAt, end }],
      source: null, court: null, key: `Pub. L. ${m[1]}-${m[2]}`,
    });
  }
  for (const m of norm.matchAll(AT_LARGE)) {
    const end = m.index + m[0].length;
    out.push({
      form: 'public-law', start: m.index, end, fullStart: m.index, fullEnd: end,
      parts: [{ name: 'volume', start: m.index, end: m.index + m[1]!.length }, { name: 'code', start: m.index + m[1]!.length + 1, end: m.index + m[1]!.length + 6 }, { name: 'page', start: end - m[2]!.length, end }],
      source: { form: 'Stat.', standard: 'Stat.', name: 'United States Statutes at Large', kind: 'code', shape: '', regulation: false, plain: false },
      court: null, key: `${m[1]} Stat. ${m[2]}`,
    });
  }
  return out;
}
