/**
 * Ties each claim to the entities named in its content and to its dates; numbers claims.
 * A date inside a claim's content belongs to that claim alone (the narrowest, when contents nest),
 * so two claims in one sentence each keep their own dates. A date outside every content but inside
 * a claim's attribution ("X said on Thursday that ...") is the date of the saying and belongs to
 * that claim. A date elsewhere in the sentence ("..., adding that the order came on 14 March")
 * belongs to no claim: it may be part of a statement nobody extracted.
 */
import type { Refiner } from '../pipeline.js';
import type { Claim, DateMention } from '../types.js';

export const linkClaimItems: Refiner = {
  name: 'link-claim-items',
  refine(_doc, items) {
    const sorted = [...items.claims].sort((a, b) => a.content.start - b.content.start);
    const owner = new Map<DateMention, Claim>();
    for (const d of items.dates) {
      const inside = (c: Claim, [from, to]: [number, number]) => d.start >= from && d.end <= to;
      const holder = narrowest(sorted.filter((c) => inside(c, [c.content.start, c.content.end])))
        ?? narrowest(sorted.filter((c) => inside(c, extent(c))));
      if (holder) owner.set(d, holder);
    }
    const claims = sorted.map((c, i) => {
      const entities = items.entities
        .filter((e) => e.mentions.some((m) => m.start >= c.content.start && m.end <= c.content.end))
        .map((e) => e.id);
      const dates = items.dates.filter((d) => owner.get(d) === c).map((d) => d.id);
      return { ...c, id: `c${i}`, entities, dates };
    });
    return { ...items, claims };
  },
};

/** From the first to the last of content, cue and speaker mention. */
function extent(c: Claim): [number, number] {
  const spans = [c.content, c.cue, c.speaker?.mention].filter((s): s is { start: number; end: number; text: string } => s != null);
  return [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))];
}

function narrowest(claims: Claim[]): Claim | undefined {
  const size = (c: Claim) => extent(c)[1] - extent(c)[0];
  return [...claims].sort((a, b) => size(a) - size(b))[0];
}
