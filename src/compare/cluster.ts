/**
 * From candidate links between the claims of every two outlets to clusters: one statement, one
 * claim of each outlet (attachContinuations adds an outlet's further quotations of it). Links are taken best first; a link joins two clusters when they hold
 * claims of different outlets only, so a cluster never holds two claims of one outlet. With two
 * outlets this is the greedy one-to-one alignment. With more, two clusters join only when their
 * claims match on average (average link): a claim of C that matches B's claim just above the bar and
 * A's not at all joins neither, while one that matches B's strongly joins A and B's cluster even when
 * A tells it in other words.
 */

/** A candidate link between claim i of outlet x and claim j of outlet y (x < y). */
export interface OutletEdge {
  x: number;
  y: number;
  i: number;
  j: number;
  score: number;
}

/**
 * A cluster: outlet -> claim index, and the links that joined it, best first. `more` holds further
 * claims of an outlet, as [outlet, claim index], that continue its member's quotation (see
 * attachContinuations).
 */
export interface RawCluster {
  members: Map<number, number>;
  more: Array<[number, number]>;
  links: OutletEdge[];
}

/** Whether claim `c` of an outlet continues its claim `m`: the same speaker's next quotation ("He added, ..."). */
export type Continues = (outlet: number, m: number, c: number) => boolean;

/** Links best first; ties in argument and document order, so the result does not depend on the sort. */
const bestFirst = (p: OutletEdge, q: OutletEdge) => q.score - p.score || p.x - q.x || p.y - q.y || p.i - q.i || p.j - q.j;
/** A cluster's links as it lists them: best first, then by outlets. */
const linkOrder = (p: OutletEdge, q: OutletEdge) => q.score - p.score || p.x - q.x || p.y - q.y;

/** The score of any two claims of two outlets (x < y), whether or not they were a candidate. */
export type PairScore = (x: number, i: number, y: number, j: number) => number;

/**
 * Clusters of two or more claims from candidate links (`sizes`: each outlet's number of claims);
 * `score` gives any pair's score for the average-link test, `minScore` is the bar it must pass.
 */
export function clusterEdges(sizes: readonly number[], edges: readonly OutletEdge[], score: PairScore, minScore: number): RawCluster[] {
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
      g = { members: new Map([[outlet, claim]]), more: [], links: [] };
      groups.set(root, g);
    }
    return g;
  };
  for (const e of [...edges].sort(bestFirst)) {
    const ga = group(e.x, e.i);
    const gb = group(e.y, e.j);
    if (ga === gb) continue;
    if ([...gb.members.keys()].some((o) => ga.members.has(o))) continue;
    if (ga.members.size + gb.members.size > 2 && meanScore(ga, gb, score) < minScore) continue;
    const ra = find(offset[e.x]! + e.i);
    const rb = find(offset[e.y]! + e.j);
    parent[rb] = ra;
    for (const [o, c] of gb.members) ga.members.set(o, c);
    ga.links.push(...gb.links, e);
    groups.delete(rb);
  }
  return [...groups.values()].filter((g) => g.members.size > 1).map((g) => ({
    members: new Map([...g.members].sort((p, q) => p[0] - q[0])),
    more: [],
    links: g.links.sort(linkOrder),
  }));
}

/**
 * One statement quoted in two quotations by one outlet ("...," he said. He added, "...") and in one
 * by another: the clusters hold one claim of each outlet, so the second quotation is left out though
 * it links to the other outlet's member. Such a claim, in no cluster, joins the cluster whose member
 * of another outlet it links to when it continues that cluster's claim of its own outlet. Links are
 * taken best first, as clusterEdges takes them.
 */
export function attachContinuations(clusters: readonly RawCluster[], edges: readonly OutletEdge[], continues: Continues): void {
  const clusterOf = new Map<string, RawCluster>();
  const key = (outlet: number, claim: number) => `${outlet}:${claim}`;
  for (const c of clusters) for (const [o, i] of c.members) clusterOf.set(key(o, i), c);
  for (const e of [...edges].sort(bestFirst)) {
    for (const [inside, claimIn, outside, claimOut] of [[e.x, e.i, e.y, e.j], [e.y, e.j, e.x, e.i]] as const) {
      const c = clusterOf.get(key(inside, claimIn));
      if (!c || clusterOf.has(key(outside, claimOut)) || c.members.get(inside) !== claimIn) continue;
      const own = [c.members.get(outside), ...c.more.filter(([o]) => o === outside).map(([, i]) => i)];
      if (!own.some((m) => m !== undefined && continues(outside, m, claimOut))) continue;
      c.more.push([outside, claimOut]);
      c.links.push(e);
      clusterOf.set(key(outside, claimOut), c);
      break;
    }
  }
  for (const c of clusters) {
    c.more.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    c.links.sort(linkOrder);
  }
}

/** The mean score over every claim of one cluster with every claim of the other. */
function meanScore(ga: RawCluster, gb: RawCluster, score: PairScore): number {
  let sum = 0;
  let n = 0;
  for (const [x, i] of ga.members) for (const [y, j] of gb.members) {
    sum += x < y ? score(x, i, y, j) : score(y, j, x, i);
    n++;
  }
  return n ? sum / n : 0;
}
