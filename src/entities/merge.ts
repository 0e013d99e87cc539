/**
 * Joins one-mention entities into one entity per real-world thing: same key ("Twitter",
 * "Twitter Inc."), an acronym and its long form ("ACLU", "American Civil Liberties Union": a long
 * name of three or more words is keyed by its initials; "EADS" defined in parentheses after its
 * name, see acronyms.ts), a surname and the full name ("Trump", "Donald Trump"). Where two
 * extractors claim overlapping text, the more specific one wins: handles and legal references
 * over names. A one-word short form joins the one full name it stands for (linkShortForms).
 */
import type { Refiner } from '../pipeline.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { bare, definedAcronyms } from './acronyms.js';
import { entityKey, isAcronym } from './keys.js';
import { lowerBound } from '../document/search.js';

interface Group {
  type: EntityType;
  /** The key a legal reference came with, if any. */
  key?: string;
  votes: Map<EntityType, number>;
  mentions: Mention[];
}

const NAMED = new Set<EntityType>(['person', 'organization', 'place']);

const PRIORITY: Record<EntityType, number> = { handle: 3, hashtag: 3, law: 2, court: 2, case: 2, person: 1, organization: 1, place: 1 };

export const mergeEntities: Refiner = {
  name: 'merge-entities',
  refine(doc, items) {
    return { ...items, entities: merge(items.entities, doc.norm) };
  },
};

/** `text` (the document, or its same-length normalised twin) lets acronyms defined in parentheses join their names. */
export function merge(singles: Entity[], text = ''): Entity[] {
  const kept = dropOverlaps(singles);
  const defined = text ? definedAcronyms(kept, text) : new Map<string, string>();
  // People, organisations and places share one key space: one name may be typed two ways.
  const groups = new Map<string, Group>();
  for (const e of kept) {
    const named = NAMED.has(e.type);
    const long = named && isAcronym(e.name) ? defined.get(bare(e.name)) : undefined;
    // A legal reference comes with the key of what it cites (a citation and its case's name share one).
    const key = e.key && !named ? `${e.type}:${e.key}` : `${named ? 'name' : e.type}:${entityKey(long ?? e.name, e.type)}`;
    const g: Group = groups.get(key) ?? { type: e.type, key: e.key && !named ? e.key : undefined, votes: new Map(), mentions: [] };
    g.mentions.push(...e.mentions);
    g.votes.set(e.type, (g.votes.get(e.type) ?? 0) + 1);
    groups.set(key, g);
  }
  for (const g of groups.values()) g.type = [...g.votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  linkShortForms(groups, text);
  const entities: Entity[] = [];
  const ordered = [...groups.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  for (const g of ordered) {
    const id = `e${entities.length}`;
    const mentions = g.mentions
      .sort((a, b) => a.start - b.start)
      .map((m): Mention => ({ ...m, entity: id, form: isAcronym(m.text) && g.type !== 'place' ? 'acronym' : m.form }));
    const type = g.type;
    const name = fullestName(mentions);
    // An acronym the text defines is the name's most stable form across documents: key by it.
    const acronym = mentions.find((m) => m.form === 'acronym' && defined.has(bare(m.text)));
    const preset = g.key && !NAMED.has(type) ? g.key : null;
    entities.push({ kind: 'entity', id, type, name, key: preset ?? (acronym ? bare(acronym.text).toLowerCase() : entityKey(name, type)), mentions });
  }
  return entities;
}

/**
 * Where mentions overlap, keep the more specific extractor's, then the longer one. Kept spans never
 * overlap, so they stay sorted by start and one binary search finds the neighbours to test. A name
 * inside a case's name ("Twitter" in "Twitter v. Department of Homeland Security") is a party and
 * is kept beside it (the legal step's precedence refiner left only parties there).
 */
function dropOverlaps(singles: Entity[]): Entity[] {
  const sorted = [...singles].sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || span(b) - span(a));
  const starts: number[] = [];
  const ends: number[] = [];
  const holders: Entity[] = [];
  const kept: Entity[] = [];
  for (const e of sorted) {
    const m = e.mentions[0]!;
    const lo = lowerBound(starts, m.start, (s) => s);
    const before = lo > 0 && ends[lo - 1]! > m.start ? holders[lo - 1]! : null;
    const after = lo < starts.length && starts[lo]! < m.end ? holders[lo]! : null;
    if (before || after) {
      if (NAMED.has(e.type) && isPartyOf(m, before ?? after!) && !(before && after)) kept.push(e);
      continue;
    }
    starts.splice(lo, 0, m.start);
    ends.splice(lo, 0, m.end);
    holders.splice(lo, 0, e);
    kept.push(e);
  }
  return kept;
}

/** A mention wholly inside a case's name. */
function isPartyOf(m: Mention, holder: Entity): boolean {
  const h = holder.mentions[0]!;
  return holder.type === 'case' && h.form === 'name' && h.start <= m.start && m.end <= h.end;
}

function span(e: Entity): number {
  return e.mentions[0]!.end - e.mentions[0]!.start;
}

/**
 * A one-word name joins the one longer name it is short for, when no other longer name shares it:
 * a person's surname ("Okafor" → Daniel Okafor), an organisation's first word ("Crestline" →
 * Crestline Financial) or, after "the", its last word ("the Ledger" → The Daily Ledger). The short
 * form's own type matters little: the tagger types a lone surname from less evidence than the full
 * name had, and the full name's type stands. Only a place keeps its own name: "Japan" is not short
 * for "Japan Airlines", nor "U.S." for "U.S. Attorney's Office".
 */
function linkShortForms(groups: Map<string, Group>, text: string): void {
  const owners = new Map<string, Group[]>();
  const claim = (form: string, g: Group) => owners.set(form, [...(owners.get(form) ?? []), g]);
  for (const g of groups.values()) {
    const words = fullestName(g.mentions).replace(/['\u2019]s$/u, '').split(' ');
    if (words.length < 2 || !NAMED.has(g.type)) continue;
    if (g.type === 'person') claim(words.at(-1)!, g);
    if (g.type === 'organization') {
      if (!isAcronym(words[0]!)) claim(`first ${words[0]!}`, g);
      claim(`the ${words.at(-1)!}`, g);
    }
  }
  for (const [key, g] of [...groups.entries()]) {
    const name = fullestName(g.mentions);
    if (name.includes(' ') || !NAMED.has(g.type)) continue;
    // "the Ledger": every mention of the short form follows "the".
    const afterThe = text !== '' && g.mentions.every((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)));
    const found = [...new Set([
      ...(owners.get(name) ?? []),
      ...(g.type !== 'place' ? owners.get(`first ${name}`) ?? [] : []),
      ...(afterThe ? owners.get(`the ${name}`) ?? [] : []),
    ])];
    if (found.length !== 1 || found[0] === g) continue;
    found[0]!.mentions.push(...g.mentions);
    groups.delete(key);
  }
}

function fullestName(mentions: Mention[]): string {
  const names = mentions.filter((m) => m.form === 'name' && !isAcronym(m.text)).map((m) => m.text);
  const pool = names.length ? names : mentions.map((m) => m.text);
  return pool.reduce((best, n) => (n.length > best.length ? n : best), pool[0]!);
}
