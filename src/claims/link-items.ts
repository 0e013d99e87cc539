/**
 * Ties each claim to the entities named in its content and to its dates; numbers claims.
 * A date inside a claim's content belongs to that claim alone (the narrowest, when contents nest),
 * so two claims in one sentence each keep their own dates. A date outside every content but inside
 * a claim's attribution ("X said on Thursday that ...") is the date of the saying and belongs to
 * that claim. A date elsewhere in the sentence ("..., adding that the order came on 14 March")
 * belongs to no claim: it may be part of a statement nobody extracted.
 *
 * Linear in the number of claims, dates and mentions (plus sorting): a long article has tens of
 * thousands of each, so nothing here scans all claims per date or all mentions per claim.
 */
import type { Refiner } from '../pipeline.js';
import type { Claim, DateMention } from '../types.js';
import { firstAtOrAfter } from '../document/search.js';

type Range = [number, number];

export const linkClaimItems: Refiner = {
  name: 'link-claim-items',
  refine(_doc, items) {
    const sorted = [...items.claims].sort((a, b) => a.content.start - b.content.start);
    const inContent = holders(sorted, items.dates, (c) => [c.content.start, c.content.end]);
    const inExtent = holders(sorted, items.dates, extent);
    const datesOf = new Map<Claim, string[]>();
    items.dates.forEach((d, i) => {
      const holder = inContent[i] ?? inExtent[i];
      if (!holder) return;
      const list = datesOf.get(holder) ?? [];
      list.push(d.id);
      datesOf.set(holder, list);
    });
    const mentions = items.entities
      .flatMap((e, entity) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start);
    const claims = sorted.map((c, i) => {
      // Mentions that start inside the content, found by binary search, kept if they end inside too.
      const inside = new Set<number>();
      for (let k = firstAtOrAfter(mentions, c.content.start); k < mentions.length && mentions[k]!.start < c.content.end; k++) {
        if (mentions[k]!.end <= c.content.end) inside.add(mentions[k]!.entity);
      }
      const entities = [...inside].sort((a, b) => a - b).map((e) => items.entities[e]!.id);
      return { ...c, id: `c${i}`, entities, dates: datesOf.get(c) ?? [] };
    });
    return { ...items, claims };
  },
};

/**
 * For each date, the narrowest claim whose range (by `range`) holds it, or undefined. A sweep over
 * dates and claims in start order, keeping the claims open at the date: as many as nest there.
 */
function holders(claims: Claim[], dates: DateMention[], range: (c: Claim) => Range): Array<Claim | undefined> {
  // `at` is the claim's place in content order: ties in size go to the earlier, as before.
  const byStart = claims.map((c, at) => ({ c, at, r: range(c), size: size(c) })).sort((a, b) => a.r[0] - b.r[0]);
  const order = dates.map((d, i) => i).sort((a, b) => dates[a]!.start - dates[b]!.start);
  const out: Array<Claim | undefined> = new Array(dates.length);
  let open: typeof byStart = [];
  let next = 0;
  for (const i of order) {
    const d = dates[i]!;
    while (next < byStart.length && byStart[next]!.r[0] <= d.start) open.push(byStart[next++]!);
    // A claim that ends before this date ends before every later one too.
    open = open.filter((o) => o.r[1] >= d.start);
    let best: (typeof byStart)[number] | undefined;
    for (const o of open) {
      if (d.end <= o.r[1] && (!best || o.size < best.size || (o.size === best.size && o.at < best.at))) best = o;
    }
    out[i] = best?.c;
  }
  return out;
}

/** From the first to the last of content, cue and speaker mention. */
function extent(c: Claim): Range {
  const spans = [c.content, c.cue, c.speaker?.mention].filter((s): s is { start: number; end: number; text: string } => s != null);
  return [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))];
}

function size(c: Claim): number {
  const [a, b] = extent(c);
  return b - a;
}
