/**
 * Entity mentions by position, for steps that ask "which entities does this stretch of text
 * name?" once per sentence: one sort, then a binary search per question, never a scan of all
 * mentions per sentence.
 */
import type { Entity, EntityType } from '../types.js';
import { firstAtOrAfter } from '../document/search.js';

export interface Party {
  start: number;
  end: number;
  entity: Entity;
}

/** Every mention of an entity of the given types, sorted by start. */
export function partyIndex(entities: Entity[], types: ReadonlySet<EntityType>): Party[] {
  const out: Party[] = [];
  for (const entity of entities) {
    if (!types.has(entity.type)) continue;
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, entity });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Mentions lying wholly inside [start, end), in text order. */
export function partiesIn(index: Party[], start: number, end: number): Party[] {
  const out: Party[] = [];
  for (let i = firstAtOrAfter(index, start); i < index.length && index[i]!.start < end; i++) if (index[i]!.end <= end) out.push(index[i]!);
  return out;
}
