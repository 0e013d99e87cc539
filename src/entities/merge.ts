/**
 * Acronyms need no step of their own: a long name of three or more words is keyed by its initials,
 * so "ACLU" and "American Civil Liberties Union" land in one group.
 *
 * Joins one-mention entities into one entity per real-world thing: same key ("Twitter",
 * "Twitter Inc."), an acronym and its long form ("ACLU", "American Civil Liberties Union"), a
 * surname and the full name ("Trump", "Donald Trump"). Where two extractors claim overlapping text,
 * the more specific one wins: handles and legal references over names.
 */
import type { Refiner } from '../pipeline.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { entityKey, isAcronym } from './keys.js';

interface Group {
  type: EntityType;
  votes: Map<EntityType, number>;
  mentions: Mention[];
}

const NAMED = new Set<EntityType>(['person', 'organization', 'place']);

const PRIORITY: Record<EntityType, number> = { handle: 3, hashtag: 3, law: 2, court: 2, case: 2, person: 1, organization: 1, place: 1 };

export const mergeEntities: Refiner = {
  name: 'merge-entities',
  refine(_doc, items) {
    return { ...items, entities: merge(items.entities) };
  },
};

export function merge(singles: Entity[]): Entity[] {
  const kept = dropOverlaps(singles);
  // People, organisations and places share one key space: compromise may type one name two ways.
  const groups = new Map<string, Group>();
  for (const e of kept) {
    const key = `${NAMED.has(e.type) ? 'name' : e.type}:${entityKey(e.name, e.type)}`;
    const g: Group = groups.get(key) ?? { type: e.type, votes: new Map(), mentions: [] };
    g.mentions.push(...e.mentions);
    g.votes.set(e.type, (g.votes.get(e.type) ?? 0) + 1);
    groups.set(key, g);
  }
  for (const g of groups.values()) g.type = [...g.votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  linkSurnames(groups);
  const entities: Entity[] = [];
  const ordered = [...groups.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  for (const g of ordered) {
    const id = `e${entities.length}`;
    const mentions = g.mentions
      .sort((a, b) => a.start - b.start)
      .map((m): Mention => ({ ...m, entity: id, form: isAcronym(m.text) && g.type !== 'place' ? 'acronym' : m.form }));
    const type = g.type;
    const name = fullestName(mentions);
    entities.push({ kind: 'entity', id, type, name, key: entityKey(name, type), mentions });
  }
  return entities;
}

/**
 * Where mentions overlap, keep the more specific extractor's, then the longer one. The kept
 * mentions never overlap, so the offsets they cover tell a later one whether it clashes, in time
 * proportional to its length rather than to the number kept.
 */
function dropOverlaps(singles: Entity[]): Entity[] {
  const sorted = [...singles].sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || span(b) - span(a));
  const kept: Entity[] = [];
  const covered = new Set<number>();
  for (const e of sorted) {
    const m = e.mentions[0]!;
    let clash = false;
    for (let i = m.start; i < m.end && !clash; i++) clash = covered.has(i);
    if (clash) continue;
    for (let i = m.start; i < m.end; i++) covered.add(i);
    kept.push(e);
  }
  return kept;
}

function span(e: Entity): number {
  return e.mentions[0]!.end - e.mentions[0]!.start;
}

/** "Trump" joins "Donald Trump" when exactly one person of that surname is named in full. */
function linkSurnames(groups: Map<string, Group>): void {
  // Full names by surname, built once: joining a surname adds a shorter name, so no fullest name changes.
  const bySurname = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const name = fullestName(g.mentions);
    if (g.type !== 'person' || !name.includes(' ')) continue;
    const surname = name.split(' ').at(-1)!;
    const list = bySurname.get(surname) ?? [];
    list.push(g);
    bySurname.set(surname, list);
  }
  for (const [key, g] of [...groups.entries()]) {
    const name = fullestName(g.mentions);
    if (name.includes(' ') || (g.type !== 'person' && g.type !== 'organization')) continue;
    const owners = bySurname.get(name) ?? [];
    if (owners.length !== 1) continue;
    owners[0]!.mentions.push(...g.mentions);
    groups.delete(key);
  }
}

function fullestName(mentions: Mention[]): string {
  const names = mentions.filter((m) => m.form === 'name' && !isAcronym(m.text)).map((m) => m.text);
  const pool = names.length ? names : mentions.map((m) => m.text);
  return pool.reduce((best, n) => (n.length > best.length ? n : best), pool[0]!);
}
