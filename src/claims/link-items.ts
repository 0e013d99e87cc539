/**
 * Ties each claim to the entities named in its content and to its dates; numbers claims.
 * A date inside a claim's content belongs to that claim alone (the narrowest, when contents nest):
 * "X said the deal closes 13 March, and Y said it slipped to 14 March" gives each claim its own
 * date. A date outside every content ("X said on Thursday that ...") is the date of the saying
 * and goes to the claims whose sentences hold it.
 */
import { sentenceAt } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { Claim, DateMention } from '../types.js';

export const linkClaimItems: Refiner = {
  name: 'link-claim-items',
  refine(doc, items) {
    const sorted = [...items.claims].sort((a, b) => a.content.start - b.content.start);
    const owner = new Map<DateMention, Claim>();
    for (const d of items.dates) {
      const holders = sorted.filter((c) => d.start >= c.content.start && d.end <= c.content.end);
      const narrowest = holders.sort((a, b) => (a.content.end - a.content.start) - (b.content.end - b.content.start))[0];
      if (narrowest) owner.set(d, narrowest);
    }
    const claims = sorted.map((c, i) => {
      const from = sentenceAt(doc, c.content.start)?.start ?? c.content.start;
      const to = sentenceAt(doc, Math.max(c.content.start, c.content.end - 1))?.end ?? c.content.end;
      const entities = items.entities
        .filter((e) => e.mentions.some((m) => m.start >= c.content.start && m.end <= c.content.end))
        .map((e) => e.id);
      const dates = items.dates
        .filter((d) => (owner.has(d) ? owner.get(d) === c : d.start >= from && d.end <= to))
        .map((d) => d.id);
      return { ...c, id: `c${i}`, entities, dates };
    });
    return { ...items, claims };
  },
};
