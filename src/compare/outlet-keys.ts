/**
 * Entity keys across outlets. extract() keys an entity by its fullest name in one article, so one
 * outlet's "Daniel Okafor" is "daniel okafor" and another's, which only writes "Okafor", is
 * "okafor"; accents come and go ("Calderón", "Calderon"). Here each key is folded (accents off)
 * and a one-word person key joins the one full person name of the story that ends in it. When two
 * people of the story share the surname, the bare surname stays apart: it could be either.
 */
import type { Entity, ExtractResult } from '../types.js';

/** Lower case without accents: "calderón" and "calderon" meet. */
export function fold(key: string): string {
  return key.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const isPersonLike = (e: Entity) => e.type === 'person';

/** For each result, entity id -> the key it has across all the results. */
export function storyKeys(results: readonly ExtractResult[]): Array<Map<string, string>> {
  const surnames = new Map<string, Set<string>>();
  for (const r of results) for (const e of r.entities) {
    if (!isPersonLike(e)) continue;
    const key = fold(e.key);
    const words = key.split(' ');
    if (words.length < 2) continue;
    const last = words.at(-1)!;
    const set = surnames.get(last) ?? new Set<string>();
    set.add(key);
    surnames.set(last, set);
  }
  const canonical = (key: string) => {
    const folded = fold(key);
    const full = folded.includes(' ') ? undefined : surnames.get(folded);
    return full && full.size === 1 ? [...full][0]! : folded;
  };
  return results.map((r) => new Map(r.entities.map((e) => [e.id, canonical(e.key)])));
}

/** Pronouns name no one until they are resolved: a speaker left as "she" is no source to list. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us']);

/**
 * A speaker's name, as a key, when it resolved to no entity: folded, and joined to a full name like
 * an entity key; null for a pronoun.
 */
export function nameKey(name: string, keys: ReadonlySet<string>): string | null {
  const folded = fold(name).replace(/^(?:mr|mrs|ms|dr|sen|rep|gov|judge|president)\.?\s+/, '').trim();
  if (PRONOUNS.has(folded)) return null;
  if (folded.includes(' ')) return folded;
  const full = [...keys].filter((k) => k.endsWith(` ${folded}`));
  return full.length === 1 ? full[0]! : folded;
}
