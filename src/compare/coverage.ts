/**
 * Sources, entities and dates by outlet: who each outlet quotes or cites, whom and what it names,
 * which dates it gives. Keys are the story's (outlet-keys.ts), so "Okafor" in one outlet and
 * "Daniel Okafor" in another are one person; each item keeps a name to show.
 */
import type { CoverageItem, ExtractResult } from '../types.js';
import { speakerKey } from './profile.js';

type Seen = Map<string, { name: string; outlets: Set<number> }>;

function add(seen: Seen, key: string, name: string, outlet: number): void {
  const item = seen.get(key);
  if (item) {
    item.outlets.add(outlet);
    // The fullest name any outlet gives: "Daniel Okafor" over "Okafor".
    if (name.length > item.name.length) item.name = name;
  } else seen.set(key, { name, outlets: new Set([outlet]) });
}

const list = (seen: Seen): CoverageItem[] => [...seen].map(([key, v]) => ({ key, name: v.name, outlets: [...v.outlets].sort((a, b) => a - b) }));

export function coverage(results: readonly ExtractResult[], keys: ReadonlyArray<Map<string, string>>): { sources: CoverageItem[]; entities: CoverageItem[]; dates: CoverageItem[] } {
  const allKeys = new Set(keys.flatMap((k) => [...k.values()]));
  const sources: Seen = new Map();
  const entities: Seen = new Map();
  const dates: Seen = new Map();
  results.forEach((r, o) => {
    const names = new Map(r.entities.map((e) => [e.id, e.name]));
    for (const c of r.claims) {
      const key = speakerKey(c, keys[o]!, allKeys);
      if (key !== null) add(sources, key, (c.speaker?.entity && names.get(c.speaker.entity)) || c.speaker?.name || key, o);
    }
    for (const e of r.entities) add(entities, keys[o]!.get(e.id)!, e.name, o);
    for (const d of r.dates) add(dates, d.value ?? d.text.toLowerCase(), d.text, o);
  });
  return { sources: list(sources), entities: list(entities), dates: list(dates) };
}
