/** Ties each claim to the entities named in its content and the dates in its sentences; numbers claims. */
import { sentenceAt } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';

export const linkClaimItems: Refiner = {
  name: 'link-claim-items',
  refine(doc, items) {
    const claims = [...items.claims]
      .sort((a, b) => a.content.start - b.content.start)
      .map((c, i) => {
        const from = sentenceAt(doc, c.content.start)?.start ?? c.content.start;
        const to = sentenceAt(doc, Math.max(c.content.start, c.content.end - 1))?.end ?? c.content.end;
        const entities = items.entities
          .filter((e) => e.mentions.some((m) => m.start >= c.content.start && m.end <= c.content.end))
          .map((e) => e.id);
        const dates = items.dates.filter((d) => d.start >= from && d.end <= to).map((d) => d.id);
        return { ...c, id: `c${i}`, entities, dates };
      });
    return { ...items, claims };
  },
};
