/**
 * Constitutional provisions: "First Amendment", "the 14th Amendment", "U.S. Constitution", "the
 * Texas Constitution" (not "Constitution Avenue": a capitalised word after it makes it part of
 * another name).
 */
import { ORDINAL_WORDS } from './legal-words.js';

const ORDINAL = `(?:${ORDINAL_WORDS.join('|')}|Twenty-\\w+|\\d{1,2}(?:st|nd|rd|th))`;
const US = '(?:U\\.S\\.|US|United States)';
const PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b${ORDINAL} Amendment\\b`, 'g'),
  new RegExp(`\\b(?:${US} |[A-Z][a-z]+ )?Constitution\\b(?! [A-Z])`, 'g'),
];
/** Capitalised words that open a sentence and are no part of the provision: "The Constitution". */
const LEAD = /^(?:The|A|An|In|On|Under|By|And|Of|For|With|This|That|Its|Their|But|Unlike|Like|If|When|After|Before) /;

export function provisions(norm: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const re of PATTERNS) {
    for (const m of norm.matchAll(re)) {
      const lead = LEAD.exec(m[0])?.[0].length ?? 0;
      out.push({ start: m.index + (lead < m[0].length ? lead : 0), end: m.index + m[0].length });
    }
  }
  return out;
}
