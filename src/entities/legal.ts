/**
 * Legal references: constitutional provisions, statutes and codes, courts and case names. Each
 * pattern is anchored on a word that only legal text uses (Amendment, U.S.C., Act, Court, v.), so
 * none of them can fire on ordinary prose.
 */
import type { Extractor } from '../pipeline.js';
import type { Entity, EntityType } from '../types.js';
import { singleMention } from './mention.js';
import { statuteNames } from './statutes.js';

const ORDINAL = '(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-\\w+|\\d{1,2}(?:st|nd|rd|th))';
const US = '(?:U\\.S\\.|US|United States)';
const CAP = "[A-Z][\\w'-]*";

const PATTERNS: Array<{ type: EntityType; pattern: RegExp }> = [
  { type: 'law', pattern: new RegExp(`\\b${ORDINAL} Amendment\\b`, 'g') },
  // Not "Constitution Avenue": a capitalised word after it makes it part of another name.
  { type: 'law', pattern: new RegExp(`\\b(?:${US} |[A-Z][a-z]+ )?Constitution\\b(?! [A-Z])`, 'g') },
  { type: 'law', pattern: /\b\d{1,2} U\.?S\.?C\.? (?:§+ ?)?\d+[a-z]?(?:\([a-z0-9]+\))*/g },
  { type: 'law', pattern: /\bSection \d+[a-z]?(?:\([a-z0-9]+\))*(?: of the (?:[A-Z][\w-]* )+Act\b)?/g },
  // This one starts after a character that cannot be in a name, not at \b: ' and - make a \b inside
  // "A'A'A'...", and a match tried from each was quadratic. The reference is the group `ref`.
  { type: 'court', pattern: new RegExp(`\\b(?:${US} )?(?:District|Bankruptcy|Circuit|Supreme|Appeals|Federal|High|Superior|County|Magistrates'?|Crown|Family|Claims) Court(?: of Appeals)?(?: for the (?:${CAP} )*(?:District|Circuit) of (?:${CAP} ?)+)?`, 'g') },
  { type: 'court', pattern: new RegExp(`\\b${ORDINAL} Circuit(?: Court of Appeals)?\\b`, 'g') },
  { type: 'court', pattern: /\b(?:federal|district|appeals|supreme|state|high) court\b/gi },
  { type: 'case', pattern: new RegExp(`(?:^|[^\\w'-])(?<ref>(?:${CAP} ){0,4}${CAP} v\\. (?:(?:${CAP}|of|the|and|for) ){0,6}${CAP})`, 'g') },
];

export const legalMentions: Extractor = {
  name: 'legal',
  extract(doc) {
    const found: Array<{ type: EntityType; start: number; end: number }> = statuteNames(doc).map((s) => ({ type: 'law', ...s }));
    for (const { type, pattern } of PATTERNS) {
      for (const match of doc.norm.matchAll(pattern)) {
        // The group `ref`, where a pattern has one, ends the match and is the reference.
        const m = { index: match.index + match[0].length - (match.groups?.ref ?? match[0]).length, 0: match.groups?.ref ?? match[0] };
        // A capitalised word that opens the sentence is no part of the reference: "The Patriot Act".
        const lead = /^(?:(?:The|A|An|In|On|Under|By|And|Of|For|With|This|That|Its|Their|But|Unlike|Like|If|When|After|Before) )+/.exec(m[0])?.[0] ?? '';
        const rest = m[0].slice(lead.length).trim();
        const start = m.index + (rest.length > 0 ? lead.length : 0);
        const end = m.index + m[0].trimEnd().length;
        found.push({ type, start, end });
      }
    }
    // Keep the longest of overlapping references: "First Amendment of the U.S. Constitution" has two.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const entities: Entity[] = [];
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      entities.push(singleMention(doc, f.type, f.start, f.end));
      lastEnd = f.end;
    }
    return { entities };
  },
};
