/**
 * Years, decades and centuries written alone, which chrono does not detect: "in 2009", "2009's
 * budget", "the 2016 election", "between 1982 and 1992", "early 1991", "the 1980s" -> 198 (TIMEX3
 * writes a decade as its first three digits), "the 20th century" -> 19. A four-digit number is
 * taken for a year only where a count would read oddly: not after a currency sign or "No.", not
 * before a unit or a plural noun that is being counted ("2000 troops"), not inside a longer number.
 */
import { type Candidate, type DateParser, RANK } from './candidate.js';

const MODIFIED = '(?:(?:early|late|mid|the end of|the start of)[- ]|mid-)?';
const YEAR = new RegExp(`\\b${MODIFIED}((?:1[6-9]|20)\\d\\d)\\b`, 'gi');
/** Right before: currency, a number sign, a number it continues ("3,1998", "4.2000"). */
const NOT_AFTER = /(?:[$£€#]|\bNo\.?|\bnumber|\d[,.]|[-–/])\s*$/i;
/** Right after: continues a number or a code, or is a unit of what was counted. */
const NOT_BEFORE = /^(?:[-–/.,:]\d|\d|\s*(?:%|percent|per cent|pounds|dollars|euros|yen|feet|foot|metres|meters|miles|kilometres|kilometers|km|tons|tonnes|acres|square|barrels|points|votes|hours)\b|-(?:odd|strong)\b)/i;
/** A plural noun right after ("2000 troops") makes a count, unless a date word comes before. */
const PLURAL_AFTER = /^\s+(?!(?:was|is|has|does|as|its|this|his|plus|versus)\b)[a-z]+s\b/;
const DATE_LEAD = /\b(?:in|since|by|of|until|from|before|after|during|through|between|and|to|the|its|his|her|their|our|fiscal|calendar|early|late|mid|'s)\s*-?$/i;
/** Years from 1600 to 1899 only after a date word: a bare "1850" is more often a count. */
const OLD = 1900;

const DECADE = /\b(?:the\s+)?(?:(?:early|late|mid)[- ])?(?:((?:1[6-9]|20)\d)0s|'(\d)0s)\b/gi;
const CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi;

export const years: DateParser = (ctx) => {
  const out: Candidate[] = [];
  const text = ctx.text;
  for (const m of text.matchAll(YEAR)) {
    const yearStart = m.index + m[0].length - 4;
    const before = text.slice(0, m.index);
    const after = text.slice(yearStart + 4);
    if (NOT_AFTER.test(before) || NOT_BEFORE.test(after)) continue;
    const lead = DATE_LEAD.test(before) || m[0].length > 4;
    if (!lead && (Number(m[1]) < OLD || PLURAL_AFTER.test(after))) continue;
    out.push({ start: m.index, end: yearStart + 4, type: 'DATE', value: m[1]!, written: ['year'], implied: [], rank: RANK.guess });
  }
  for (const m of text.matchAll(DECADE)) {
    const value = m[1] ?? `${centuryOfShortDecade(Number(m[2]), ctx.reference?.year ?? null)}${m[2]}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value, written: ['year'], implied: [], rank: RANK.chrono });
  }
  for (const m of text.matchAll(CENTURY)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(Number(m[1]) - 1).padStart(2, '0'), written: [], implied: [], rank: RANK.chrono });
  }
  return out;
};

/** "the '90s" is in the reference's century when that decade has begun by then, else the one before. */
function centuryOfShortDecade(decade: number, referenceYear: number | null): number {
  if (referenceYear === null) return 19;
  const century = Math.floor(referenceYear / 100);
  return decade * 10 <= referenceYear % 100 ? century : century - 1;
}
