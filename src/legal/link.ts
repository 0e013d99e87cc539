/**
 * After the merge: each citation names the entity it is a mention of, by the id the merge gave it.
 */
import type { Refiner } from '../pipeline.js';

export const linkCitations: Refiner = {
  name: 'link-citations',
  refine(_doc, items) {
    if (items.citations.length === 0) return items;
    const byStart = new Map<number, string>();
    for (const e of items.entities) for (const m of e.mentions) if (m.form === 'citation' || e.type === 'case') byStart.set(m.start, e.id);
    return { ...items, citations: items.citations.map((c) => ({ ...c, entity: byStart.get(c.start) ?? null })) };
  },
};
