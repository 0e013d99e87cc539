/**
 * People, organisations and places. Candidates are the document's capitalised runs (runs.ts), cut
 * to the name they hold (shape.ts), typed from their words and neighbours (name-type.ts), then made
 * consistent across the document (consistency.ts). compromise is read once, through its terms and
 * tags; its people()/organizations()/places() matchers are not used: they cut names at unknown
 * words, possessives and "of", and cost a second pass over the document.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import type { Term } from '../document/compromise-adapter.js';
import type { Extractor } from '../pipeline.js';
import type { Entity } from '../types.js';
import { readCasing } from './casing.js';
import { harmonise, type TypedCandidate } from './consistency.js';
import { GOVERNMENT_BODY } from './lexicon.js';
import { singleMention } from './mention.js';
import { typeName } from './name-type.js';
import { findRuns, joins } from './runs.js';
import { shapeRuns } from './shape.js';

/**
 * "Sen. Jane Roe (R-Fla.)", "(D-N.Y.)", "(I-Vt.)": the party and state that US news writes after a
 * legislator's name are a label, not an organisation.
 */
function partyLabel(terms: Term[], first: number, last: number): boolean {
  return first === last && /^[RDI]-\p{Lu}/u.test(terms[first]!.text) && /\(\s*$/.test(terms[first]!.pre);
}

export const ruleNameMentions: Extractor = {
  name: 'names',
  extract(doc) {
    const casing = readCasing(doc);
    const terms = casing.terms;
    const found: TypedCandidate[] = [];
    for (const c of shapeRuns(terms, findRuns(casing))) {
      if (partyLabel(terms, c.first, c.last)) continue;
      const typed = typeName(terms, c, casing.headline[c.first]!);
      if (!typed) continue;
      found.push(governmentBody(terms, { ...c, ...typed }));
    }
    harmonise(terms, found);
    const entities: Entity[] = [];
    for (const f of found) {
      const start = terms[f.first]!.start;
      const end = endOf(terms[f.last]!, doc.text);
      if (end > start) entities.push(singleMention(doc, f.type, start, end));
    }
    return { entities };
  },
};

/** "the U.S. government", "the Trump administration": a name with a lower-case body after it. */
function governmentBody(terms: Term[], f: TypedCandidate): TypedCandidate {
  const next = terms[f.last + 1];
  if (!next || !GOVERNMENT_BODY.test(next.normal) || !joins(terms, f.last) || f.type === 'organization' && f.last > f.first) return f;
  return { ...f, last: f.last + 1, type: 'organization', strength: 'strong' };
}

/** Where a term ends in the text, keeping a trailing "." that belongs to an abbreviation ("Inc."). */
export function endOf(term: Term, text: string): number {
  if (/^(Inc|Corp|Co|Ltd|Jr|Sr|Bros)$/.test(term.text) && text[term.end] === '.') return term.end + 1;
  // A possessive is not part of the name: "Twitter's users" names Twitter.
  const possessive = /['\u2019]s?$/.exec(term.text);
  if (possessive && term.text.length > possessive[0].length) return term.end - possessive[0].length;
  return term.end;
}
