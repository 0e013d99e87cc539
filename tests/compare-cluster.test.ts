/** Clusters from candidate links (src/compare/cluster.ts), on links given by hand. */
import { describe, expect, it } from 'vitest';
import { attachContinuations, clusterEdges, type Continues, type OutletEdge } from '../src/compare/cluster.js';

const edge = (x: number, i: number, y: number, j: number, score: number): OutletEdge => ({ x, y, i, j, score });
const noScore = () => 0;
/** Outlet 1's claims 1 and 2 continue each other; nothing else does. */
const oneAndTwo: Continues = (outlet, m, c) => outlet === 1 && Math.min(m, c) === 1 && Math.max(m, c) === 2;

describe('clusterEdges', () => {
  it('holds one claim of each outlet: the weaker link to a second claim of outlet 1 is left out', () => {
    const [k] = clusterEdges([3, 3], [edge(0, 0, 1, 1, 0.9), edge(0, 0, 1, 2, 0.6)], noScore, 0.27);
    expect([...k!.members]).toEqual([[0, 0], [1, 1]]);
    expect(k!.more).toEqual([]);
  });
});

describe('attachContinuations', () => {
  const sizes = [3, 4];
  const run = (edges: OutletEdge[], continues: Continues) => {
    const clusters = clusterEdges(sizes, edges, noScore, 0.27);
    attachContinuations(clusters, edges, continues);
    return clusters;
  };

  it('adds a claim that continues the cluster\'s claim of its own outlet and links to the other outlet\'s member', () => {
    const [k] = run([edge(0, 0, 1, 1, 0.9), edge(0, 0, 1, 2, 0.6)], oneAndTwo);
    expect([...k!.members]).toEqual([[0, 0], [1, 1]]);
    expect(k!.more).toEqual([[1, 2]]);
    expect(k!.links.map((l) => l.score)).toEqual([0.9, 0.6]);
  });

  it('adds nothing when the claim continues nothing in the cluster', () => {
    const [k] = run([edge(0, 0, 1, 1, 0.9), edge(0, 0, 1, 3, 0.6)], oneAndTwo);
    expect(k!.more).toEqual([]);
  });

  it('takes no claim that is already in another cluster', () => {
    const clusters = run([edge(0, 0, 1, 1, 0.9), edge(0, 1, 1, 2, 0.8), edge(0, 0, 1, 2, 0.6)], oneAndTwo);
    expect(clusters.map((k) => [[...k.members], k.more])).toEqual([[[[0, 0], [1, 1]], []], [[[0, 1], [1, 2]], []]]);
  });

  it('takes a continuation on either side of a link (outlet 0 in two quotations)', () => {
    const zeroAndOne: Continues = (outlet, m, c) => outlet === 0 && Math.min(m, c) === 0 && Math.max(m, c) === 1;
    const [k] = run([edge(0, 0, 1, 3, 0.9), edge(0, 1, 1, 3, 0.5)], zeroAndOne);
    expect(k!.more).toEqual([[0, 1]]);
  });
});
