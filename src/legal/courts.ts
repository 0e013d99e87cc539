/**
 * Courts by their names ("U.S. District Court for the Northern District of California", "the 9th
 * U.S. Circuit Court of Appeals", "the Ninth Circuit", "Court of Appeals for the D.C. Circuit") and
 * by the descriptions news uses ("a federal appeals court", "the state's highest court"). "The high
 * court" and "the nation's highest court" stand for the Supreme Court where the article names it.
 */
import { ORDINAL_WORDS } from './legal-words.js';

const ORDINAL = String.raw`(?:${ORDINAL_WORDS.join('|')}|\d{1,2}(?:st|nd|rd|th))`;
const US = String.raw`(?:U\.S\.|US|United States)`;
const CAP = String.raw`[A-Z][\w'-]*`;
const KIND = String.raw`(?:District|Bankruptcy|Circuit|Supreme|Appeals|Appellate|Superior|County|Family|Claims|Tax|Chancery|Probate|Juvenile|Municipal|Criminal|Magistrates'?|Crown|High|Federal|Immigration|Surrogate's|Housing|Trial)`;
const OF = String.raw`(?: of (?:Appeals?|Justice|Chancery|Federal Claims|International Trade|Criminal Appeals|Common Pleas|Special Appeals))`;
const FOR = String.raw`(?: for the (?:(?:${CAP} )*(?:District|Circuit) of (?:${CAP}(?: ${CAP}){0,2})|${ORDINAL} Circuit|D\.C\. Circuit|Federal Circuit|District of Columbia Circuit|Armed Forces))`;

const ORDINAL_WORD = new RegExp(`\\b(?:${ORDINAL_WORDS.join('|')})\\b`, 'g');
const LEADING_US = new RegExp(`^${US} `);

/** A court's name; `name` is where the pattern puts it in the match. */
const NAMES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:${US} )?Court${OF}${FOR}?`, 'g'),
  new RegExp(String.raw`\b(?:${US} )?(?:${KIND} )+Court${OF}?${FOR}?`, 'g'),
  new RegExp(String.raw`\b${ORDINAL} (?:${US} )?Circuit(?: Court of Appeals)?\b`, 'g'),
  /\b(?:D\.C\.|Federal) Circuit\b/g,
];

/** Descriptions: a lower-case court noun with at least one modifier. */
const DESCRIPTION = /\b(?:(?:federal|state|county|military|U\.S\.) (?:(?:district|appeals|appellate|bankruptcy|supreme|trial|immigration|family|circuit|superior|criminal|civil|juvenile|probate|tax) )?courts?|(?:district|appeals|appellate|bankruptcy|supreme|trial|immigration|family|lower|circuit|superior|juvenile|probate) courts?|(?:the|a) high court|(?:the|a) (?:nation|country|state)'s (?:highest|top) court)\b/gi;

export interface CourtSpan {
  start: number;
  end: number;
  description: boolean;
}

export function courtSpans(norm: string): CourtSpan[] {
  const out: CourtSpan[] = [];
  for (const re of NAMES) for (const m of norm.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, description: false });
  for (const m of norm.matchAll(DESCRIPTION)) {
    // "the high court": the description without its article; "a federal court" likewise.
    const lead = /^(?:the|a) (?=high)/i.exec(m[0])?.[0].length ?? 0;
    const supreme = /high court|highest court|top court/i.test(m[0]);
    out.push({ start: m.index + lead, end: m.index + m[0].length, description: supreme });
  }
  return out;
}

/**
 * One key per court however it is written: "the 9th U.S. Circuit Court of Appeals", "the Ninth
 * Circuit" and "U.S. Court of Appeals for the Ninth Circuit" are all "9th circuit".
 */
export function courtKey(name: string): string {
  let key = name.replace(/^the\s+/i, '').replace(/['\u2019]s$/, '');
  key = key.replace(ORDINAL_WORD, (w) => `${ORDINAL_WORDS.indexOf(w) + 1}th`.replace(/^1th$/, '1st').replace(/^2th$/, '2nd').replace(/^3th$/, '3rd'));
  key = key.replace(LEADING_US, '').replace(/\s+/g, ' ').trim();
  const circuit = /^(?:Court of Appeals for the )?(\d{1,2}(?:st|nd|rd|th)|D\.C\.|District of Columbia|Federal) (?:U\.S\. )?Circuit(?: Court of Appeals)?$/.exec(key);
  if (circuit) return `${circuit[1] === 'District of Columbia' ? 'D.C.' : circuit[1]} circuit`.toLowerCase();
  if (/^(?:Supreme Court of the United States|Supreme Court)$/.test(key)) return 'supreme court';
  return key.toLowerCase();
}
