/**
 * Items by id. Results refer to items by id (a claim's `entities` and `dates`, a quote's claim) and
 * so does compare() (`pairs`, `onlyA`, `onlyB`): these read the ids back into the items.
 */
import type { Citation, Claim, ClaimCluster, ClaimPair, Comparison, DateMention, Entity, ExtractResult, LegalAction, Quote } from './types.js';

/** Lookups into one extraction; each returns undefined for an id the extraction does not hold. */
export interface ResultIndex {
  claim(id: string): Claim | undefined;
  entity(id: string): Entity | undefined;
  date(id: string): DateMention | undefined;
  quote(id: string): Quote | undefined;
  legalAction(id: string): LegalAction | undefined;
  /** A citation or case name, as a citation's `caseName` names it (since schema 1.3). */
  citation(id: string): Citation | undefined;
}

/** Indexes an extraction by id, once, for lookups in constant time. */
export function indexResult(r: ExtractResult): ResultIndex {
  const map = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));
  const claims = map(r.claims);
  const entities = map(r.entities);
  const dates = map(r.dates);
  const quotes = map(r.quotes);
  const actions = map(r.legalActions);
  const citations = map(r.citations);
  return {
    claim: (id) => claims.get(id),
    entity: (id) => entities.get(id),
    date: (id) => dates.get(id),
    quote: (id) => quotes.get(id),
    legalAction: (id) => actions.get(id),
    citation: (id) => citations.get(id),
  };
}

/** A pair of compare() with its two claims. */
export interface ResolvedPair extends ClaimPair {
  claimA: Claim;
  claimB: Claim;
}

/** compare()'s claim ids read back into the claims of the two extractions it compared. */
export interface ResolvedComparison {
  pairs: ResolvedPair[];
  onlyA: Claim[];
  onlyB: Claim[];
}

/**
 * The claims compare() names by id: each pair with its two claims, and the claims of each article
 * with no partner. Throws a RangeError when an id is not in its extraction (the comparison was made
 * from other results).
 */
export function resolveComparison(a: ExtractResult, b: ExtractResult, c: Comparison): ResolvedComparison {
  const ia = indexResult(a);
  const ib = indexResult(b);
  const get = (index: ResultIndex, id: string, side: 'A' | 'B'): Claim => {
    const claim = index.claim(id);
    if (!claim) throw new RangeError(`claim ${id} is not in extraction ${side}: was the comparison made from these two results?`);
    return claim;
  };
  return {
    pairs: c.pairs.map((p) => ({ ...p, claimA: get(ia, p.a, 'A'), claimB: get(ib, p.b, 'B') })),
    onlyA: c.onlyA.map((id) => get(ia, id, 'A')),
    onlyB: c.onlyB.map((id) => get(ib, id, 'B')),
  };
}

/** A cluster of compare() with each outlet's claim (null where the outlet omits the statement). */
export interface ResolvedCluster extends ClaimCluster {
  /** One entry per compared extraction, in order. */
  claims: Array<Claim | null>;
}

/**
 * compare()'s clusters with their claims, for two or more extractions given in the order they were
 * compared. Throws a RangeError when the numbers do not match or an id is not in its extraction.
 */
export function resolveClusters(results: readonly ExtractResult[], c: Comparison): ResolvedCluster[] {
  if (results.length !== c.outlets.length) throw new RangeError(`the comparison has ${c.outlets.length} outlets, ${results.length} extractions were given`);
  const indexes = results.map(indexResult);
  return c.clusters.map((k) => {
    const claims: Array<Claim | null> = results.map(() => null);
    for (const m of k.members) {
      const claim = indexes[m.outlet]!.claim(m.claim);
      if (!claim) throw new RangeError(`claim ${m.claim} is not in extraction ${c.outlets[m.outlet]!.label}: was the comparison made from these results?`);
      claims[m.outlet] = claim;
    }
    return { ...k, claims };
  });
}
