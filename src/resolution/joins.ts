/**
 * The precise constructs that join two entities into one, before any phrase is resolved, in order:
 *
 * 1. account-alias: an account in brackets right after a name is that name's account ("Donald Trump
 *    (or rather @realDonaldTrump)", "Jane Doe (@janedoe)"), and a name in brackets after an account
 *    is its owner's ("@janedoe (Jane Doe)").
 * 2. first-name: a lone word that starts exactly one person's full name, and ends none, is that
 *    person ("Daisy" for "Daisy Clover", "Hillary" for "Hillary Clinton"), as merging already joins
 *    a lone surname to its full name.
 *
 * The joined entity's mentions become mentions of the one it joins, which keeps its type; ids are
 * numbered again in order of first mention, as merging numbered them.
 */
import type { Entity } from '../types.js';
import { entityFeatures } from './features.js';

export interface Join {
  name: string;
  /** Pairs (entity that goes, entity it joins). */
  find(entities: readonly Entity[], norm: string): Map<Entity, Entity>;
}

/** What may stand between the name and the account inside the brackets. */
const BRIDGE = /^\s*\(\s*(?:(?:or\s+rather|or|aka|a\.k\.a\.|also\s+known\s+as|known\s+as|on\s+twitter|twitter:?)\s+)?$/i;
const CLOSE = /^\s*\)/;
const OWNERS = new Set(['person', 'organization']);

const accountAlias: Join = {
  name: 'account-alias',
  find(entities, norm) {
    const mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ m, entity }))).sort((a, b) => a.m.start - b.m.start);
    const out = new Map<Entity, Entity>();
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (a.entity === b.entity || !BRIDGE.test(norm.slice(a.m.end, b.m.start)) || !CLOSE.test(norm.slice(b.m.end, b.m.end + 3))) continue;
      const [owner, account] = OWNERS.has(a.entity.type) && b.entity.type === 'handle' ? [a.entity, b.entity] : a.entity.type === 'handle' && OWNERS.has(b.entity.type) ? [b.entity, a.entity] : [null, null];
      if (owner && account && !out.has(account)) out.set(account, owner);
    }
    return out;
  },
};

const firstName: Join = {
  name: 'first-name',
  find(entities) {
    const starts = new Map<string, Entity[]>();
    const ends = new Set<string>();
    for (const e of entities) {
      if (e.type !== 'person') continue;
      const words = e.name.split(/\s+/);
      if (words.length < 2) continue;
      starts.set(words[0]!, [...(starts.get(words[0]!) ?? []), e]);
      ends.add(words.at(-1)!);
    }
    const out = new Map<Entity, Entity>();
    for (const e of entities) {
      if (e.name.includes(' ') || ends.has(e.name)) continue;
      // A person, or a one-word name the tagger typed otherwise that may be one ("Daisy" as an organisation).
      if (e.type !== 'person' && entityFeatures(e).animacy !== null) continue;
      const full = starts.get(e.name);
      if (full?.length === 1 && full[0] !== e) out.set(e, full[0]!);
    }
    return out;
  },
};

export const JOINS: readonly Join[] = [accountAlias, firstName];

/** The entities after every join in JOINS, renumbered when any joined. */
export function joinEntities(entities: readonly Entity[], norm: string): Entity[] {
  let current = [...entities];
  let joined = false;
  for (const join of JOINS) {
    const pairs = join.find(current, norm);
    if (pairs.size === 0) continue;
    joined = true;
    const added = new Map<Entity, Entity['mentions']>();
    for (const [gone, into] of pairs) {
      const target = pairs.get(into) ?? into;
      added.set(target, [...(added.get(target) ?? []), ...gone.mentions]);
    }
    current = current.filter((e) => !pairs.has(e)).map((e) => {
      const extra = added.get(e);
      return extra ? { ...e, mentions: [...e.mentions, ...extra].sort((x, y) => x.start - y.start) } : e;
    });
  }
  return joined ? numberInOrder(current) : current;
}

/**
 * Entities numbered e0, e1, ... in order of first mention, as merging numbers them, each mention
 * given its entity's new id; `renamed` hears every old id with its new one.
 */
export function numberInOrder(entities: readonly Entity[], renamed?: (from: string, to: string) => void): Entity[] {
  return [...entities].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start).map((e, i) => {
    const id = `e${i}`;
    renamed?.(e.id, id);
    return { ...e, id, mentions: e.mentions.map((m) => ({ ...m, entity: id })) };
  });
}
