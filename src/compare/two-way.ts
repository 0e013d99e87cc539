/**
 * The view of schema 1.2 on a comparison of two or more outlets: A against B. Pairs are the clusters
 * holding a claim of each (scored directly when they were joined through another outlet); sets say
 * what both give and what each alone gives.
 */
import type { ClaimCluster, ClaimPair, CoverageItem, SetComparison } from '../types.js';
import { directScore, evidence } from './align.js';
import type { RawCluster } from './cluster.js';
import type { ClaimProfile } from './profile.js';

/** A and B's claims in one cluster, as the pairs of schema 1.2; scored directly when they were joined through C. */
export function pairsOf(clusters: readonly ClaimCluster[], raw: readonly RawCluster[], profiles: ClaimProfile[][]): ClaimPair[] {
  const pairs: ClaimPair[] = [];
  clusters.forEach((c, k) => {
    const i = raw[k]!.members.get(0);
    const j = raw[k]!.members.get(1);
    if (i === undefined || j === undefined) return;
    const link = c.links.find((l) => l.a.outlet === 0 && l.b.outlet === 1);
    const x = profiles[0]![i]!;
    const y = profiles[1]![j]!;
    pairs.push({ a: x.claim.id, b: y.claim.id, score: link ? link.score : Math.round(directScore(x, y) * 1000) / 1000, evidence: link ? link.evidence : evidence(x, y) });
  });
  return pairs.sort((p, q) => q.score - p.score);
}

/** A coverage list (sources, entities or dates) as what A and B both give and what each alone gives. */
export function twoWay(items: readonly CoverageItem[]): SetComparison {
  return {
    shared: items.filter((x) => x.outlets.includes(0) && x.outlets.includes(1)).map((x) => x.key),
    onlyA: items.filter((x) => x.outlets.includes(0) && !x.outlets.includes(1)).map((x) => x.key),
    onlyB: items.filter((x) => !x.outlets.includes(0) && x.outlets.includes(1)).map((x) => x.key),
  };
}
