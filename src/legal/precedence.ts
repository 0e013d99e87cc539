/**
 * The legal step takes precedence over the name tagger inside what it found: no person, company or
 * place is made of a citation's reporter, section sign, code or parenthetical ("410 U.S. 113" has
 * no place "U.S."; "(9th Cir. 2022)" no organisation "Cir"). Inside a case's name, the names are
 * its parties: a tagged name inside a party is widened to the whole party ("Boch Oldsmobile" to
 * "Boch Oldsmobile, Inc."), and a party the tagger missed gets an entity of its own, typed by its
 * last word. No date is read inside a citation's core either ("No. 2:24-cv-01877" holds no time
 * 2:24); the year of its parenthetical, outside the core, stays. Runs before mergeEntities, on
 * one-mention entities.
 */
import type { Refiner } from '../pipeline.js';
import type { Citation, CitationPart, Entity, EntityType } from '../types.js';
import { singleMention } from '../entities/mention.js';
import { CORPORATE_FORM, INSTITUTION_HEAD, ORGANIZATION_HEAD } from '../entities/name-words.js';
import { withoutEtAl } from './text-ends.js';

const NAMED = new Set<EntityType>(['person', 'organization', 'place']);

export const legalPrecedence: Refiner = {
  name: 'legal-precedence',
  refine(doc, items) {
    const cites = items.citations;
    if (cites.length === 0) return items;
    const parties = cites.flatMap((c) => (c.form === 'case-name' ? c.parts : []));
    const inParty = (s: number, e: number) => parties.find((p) => p.start <= s && e <= p.end);
    const kept: Entity[] = [];
    const byParty = new Map<CitationPart, Entity[]>();
    for (const e of items.entities) {
      const m = e.mentions[0]!;
      if (!NAMED.has(e.type) || !cites.some((c) => overlaps(c, m.start, m.end))) {
        kept.push(e);
        continue;
      }
      const party = inParty(m.start, m.end);
      if (party) byParty.set(party, [...(byParty.get(party) ?? []), e]);
    }
    for (const party of parties) {
      const names = byParty.get(party) ?? [];
      if (names.length > 1) kept.push(...names);
      else if (names.length === 1) kept.push(singleMention(doc, names[0]!.type, party.start, party.end));
      else if (party.name !== 'party') kept.push(singleMention(doc, partyType(party), party.start, party.end));
    }
    const dates = items.dates.filter((d) => !cites.some((c) => d.start < c.end && c.start < d.end));
    return { ...items, entities: kept, dates };
  },
};

/** The stretch of a citation no name may overlap: a case's name whole, else the core and what follows it. */
function overlaps(c: Citation, start: number, end: number): boolean {
  const to = c.form === 'case-name' ? c.end : c.full.end;
  return start < to && c.start < end;
}

/** A party the tagger did not name: a company or institution by its last word, else a person when it is one to three plain words. */
function partyType(party: CitationPart): EntityType {
  const words = withoutEtAl(party.text).split(/[\s,]+/).filter(Boolean);
  const last = words.at(-1)!.replace(/\.$/, '').toLowerCase();
  if (CORPORATE_FORM.has(last) || ORGANIZATION_HEAD.has(last) || INSTITUTION_HEAD.has(last)) return 'organization';
  if (/^(?:U\.S\.|US|United States|State|People|Commonwealth)$/.test(party.text)) return 'place';
  return words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?$/u.test(w)) ? 'person' : 'organization';
}
