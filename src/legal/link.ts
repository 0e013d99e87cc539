/**
 * After the merge: each citation names the entity it is a mention of, by the id the merge gave it.
 */
import type { Refiner } from '../pipeline.js';

export const linkCitations: Refiner = {
  name: 'link-citations',
  refine(_doc, items) {
    if (items.citations.length === 0) return items;
    const bySpan = new Map<string, string>();
    for (const e of items.entities) if (e.type === 'law' || e.type === 'case') for (const m of e.mentions) bySpan.set(`${m.start}:${m.end}`, e.id);
    return { ...items, citations: items.citations.map((c) => ({ ...c, entity: bySpan.get(`${c.start}:${c.end}`) ?? null })) };
  },
};
