/**
 * Named-entity scoring (CoNLL-2003, MEANTIME): exact span and type.
 *
 * Both gold files use PER / ORG / LOC / MISC (MEANTIME's PERSON, ORGANISATION, LOCATION arrive as
 * PER / ORG / LOC, and its PRODUCT / FINANCIAL / MIXED as MISC: "Boeing 787", "iPhone SDK").
 * Our types map as CoNLL's guidelines would label them: a court is an organisation ("Supreme
 * Court" is ORG in CoNLL); a law, a case name, a handle or a hashtag is MISC.
 */
import type { EntityType, ExtractResult } from '../../src/types.js';
import type { ItemError } from './errors.js';
import type { GoldEntity, GoldEntityType } from './gold.js';
import { type Counts, type Range, emptyCounts } from './spans.js';

export const ENTITY_TYPE_TO_GOLD: Record<EntityType, GoldEntityType> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  court: 'ORG',
  law: 'MISC',
  case: 'MISC',
  handle: 'MISC',
  hashtag: 'MISC',
};

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerGroup = GoldEntityType | 'PER+ORG+LOC' | 'all';
export const NER_GROUPS: readonly NerGroup[] = [...NER_TYPES, 'PER+ORG+LOC', 'all'];

export interface NerScore {
  counts: Record<NerGroup, Counts>;
  errors: ItemError[];
}

interface Typed extends Range {
  type: GoldEntityType;
}

/**
 * Name and acronym mentions only: descriptions and pronouns are not NER spans. The same span
 * reported twice with one type counts once, so a duplicate is not a false positive.
 */
export function predictedEntities(result: ExtractResult): Typed[] {
  const seen = new Map<string, Typed>();
  for (const e of result.entities) {
    const type = ENTITY_TYPE_TO_GOLD[e.type];
    for (const m of e.mentions) {
      if (m.form !== 'name' && m.form !== 'acronym') continue;
      const key = `${m.start}:${m.end}:${type}`;
      if (!seen.has(key)) seen.set(key, { start: m.start, end: m.end, type });
    }
  }
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function inGroup(type: GoldEntityType, g: NerGroup): boolean {
  return g === 'all' || g === type || (g === 'PER+ORG+LOC' && type !== 'MISC');
}

export function scoreEntities(gold: GoldEntity[], result: ExtractResult): NerScore {
  const preds = predictedEntities(result);
  const key = (x: Typed) => `${x.start}:${x.end}:${x.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(preds.map(key));
  const counts = Object.fromEntries(NER_GROUPS.map((g) => [g, emptyCounts()])) as Record<NerGroup, Counts>;
  const errors: ItemError[] = [];
  const spanType = new Map<string, GoldEntityType>(gold.map((g) => [`${g.start}:${g.end}`, g.type]));

  for (const p of preds) {
    const hit = goldKeys.has(key(p));
    for (const g of NER_GROUPS) {
      if (!inGroup(p.type, g)) continue;
      counts[g].pred++;
      if (hit) counts[g].matchedPred++;
    }
    if (!hit) {
      const goldType = spanType.get(`${p.start}:${p.end}`);
      errors.push(goldType
        ? { error: 'wrong-type', start: p.start, end: p.end, label: p.type, expected: goldType, got: p.type }
        : { error: 'false-positive', start: p.start, end: p.end, label: p.type, got: p.type });
    }
  }
  const predSpans = new Set(preds.map((p) => `${p.start}:${p.end}`));
  for (const t of gold) {
    const hit = predKeys.has(key(t));
    for (const g of NER_GROUPS) {
      if (!inGroup(t.type, g)) continue;
      counts[g].gold++;
      if (hit) counts[g].matchedGold++;
    }
    // A gold item found with the wrong type is already listed once, as 'wrong-type'.
    if (!hit && !predSpans.has(`${t.start}:${t.end}`)) {
      errors.push({ error: 'false-negative', start: t.start, end: t.end, label: t.type, expected: t.type });
    }
  }
  return { counts, errors };
}
