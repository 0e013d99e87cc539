/**
 * From candidate links between the claims of every two outlets to clusters: one statement, at most
 * one claim of each outlet. Links are taken best first; a link joins two clusters when they hold
 * claims of different outlets only, so a cluster never holds two claims of one outlet. With two
 * outlets this is the greedy one-to-one alignment; with more, a claim of C joins the pair of A and
 * B it matches best, even when it matches only one of them directly (single link).
 */

/** A candidate link between claim i of outlet x and claim j of outlet y (x < y). */
export interface OutletEdge {
  x: number;
  y: number;
  i: number;
  j: number;
  score: number;
}

/** A cluster: outlet -> claim index, and the links that joined it, best first. */
export interface RawCluster {
  members: Map<number, number>;
  links: OutletEdge[];
}

export function clusterEdges(sizes: readonly number[], edges: readonly OutletEdge[]): RawCluster[] {
  const offset: number[] = [];
  let total = 0;
  for (const n of sizes) {
    offset.push(total);
    total += n;
  }
  const parent = new Int32Array(total).map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  };
  const groups = new Map<number, RawCluster>();
  const group = (outlet: number, claim: number): RawCluster => {
    const root = find(offset[outlet]! + claim);
    let g = groups.get(root);
    if (!g) {
      g = { members: new Map([[outlet, claim]]), links: [] };
      groups.set(root, g);
    }
    return g;
  };
  // Best first; ties in argument and document order, so the result does not depend on the sort.
  const sorted = [...edges].sort((p, q) => q.score - p.score || p.x - q.x || p.y - q.y || p.i - q.i || p.j - q.j);
  for (const e of sorted) {
    const ga = group(e.x, e.i);
    const gb = group(e.y, e.j);
    if (ga === gb) continue;
    if ([...gb.members.keys()].some((o) => ga.members.has(o))) continue;
    const ra = find(offset[e.x]! + e.i);
    const rb = find(offset[e.y]! + e.j);
    parent[rb] = ra;
    for (const [o, c] of gb.members) ga.members.set(o, c);
    ga.links.push(...gb.links, e);
    groups.delete(rb);
  }
  return [...groups.values()].filter((g) => g.members.size > 1).map((g) => ({
    members: new Map([...g.members].sort((p, q) => p[0] - q[0])),
    links: g.links.sort((p, q) => q.score - p.score || p.x - q.x || p.y - q.y),
  }));
}
