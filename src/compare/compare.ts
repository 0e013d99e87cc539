/**
 * compare(a, b, ...more): two or more extractions of articles on one story. Aligns their claims
 * (quotes, reported speech and the outlets' own statements) into clusters, one claim of each outlet
 * (two or more when an outlet quotes one statement in consecutive quotations of one speaker), and
 * reports which outlets carry and which omit each; misquote drift inside clusters;
 * the sources, entities and dates each outlet gives; and the framing words each uses in its own
 * voice. The fields of schema 1.2 compare the first two, A and B.
 */
import { SCHEMA_VERSION, type Comparison, type ExtractResult, type OutletView } from '../types.js';
import { candidateEdges, directScore, type AlignOptions } from './align.js';
import { checkResults } from './check.js';
import { attachContinuations, clusterEdges, type Continues, type OutletEdge, type RawCluster } from './cluster.js';
import { toCluster } from './cluster-view.js';
import { coverage } from './coverage.js';
import { framingWords } from './framing.js';
import { buildProfiles, type ClaimProfile } from './profile.js';
import { pairsOf, twoWay } from './two-way.js';

/**
 * Set on two stories told by two outlets each (tests/fixtures) and on unrelated pairs: unrelated
 * articles give no pair above 0.15; same-story paraphrases of one fact score 0.3 and up; a claim
 * sharing one clause of a longer one lands between 0.2 and 0.26 and is not paired.
 */
export const DEFAULT_ALIGN: AlignOptions = { minScore: 0.27, minShared: 2 };

/** Outlet labels: A, B, ... Z, then A2, B2, ... */
export function outletLabel(i: number): string {
  return String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26) + 1) : '');
}

/**
 * Compares two or more extractions of one story (`extract`'s results, in the order to label them
 * A, B, C, ...). Throws a NewsclaimsError (INVALID_RESULT, SCHEMA_MISMATCH) when an argument is not
 * a whole extraction of this schema version, or fewer than two are given.
 */
export function compare(a: ExtractResult, b: ExtractResult, ...more: ExtractResult[]): Comparison {
  const results = [a, b, ...more];
  checkResults(results);
  const profiles = buildProfiles(results);
  const edges: OutletEdge[] = [];
  for (let x = 0; x < results.length; x++) for (let y = x + 1; y < results.length; y++) {
    candidateEdges(x, profiles.outlets[x]!, y, profiles.outlets[y]!, profiles.subject, DEFAULT_ALIGN, edges);
  }
  // Scores of pairs that were no candidate are needed only to join clusters of three or more claims.
  let known: Map<number, number>[][] | null = null;
  const score = (x: number, i: number, y: number, j: number) => {
    known ??= indexEdges(edges, results.map((r) => r.claims.length));
    return known[x]![y]!.get(i * results[y]!.claims.length + j) ?? directScore(profiles.outlets[x]![i]!, profiles.outlets[y]![j]!);
  };
  const joined = clusterEdges(results.map((r) => r.claims.length), edges, score, DEFAULT_ALIGN.minScore);
  attachContinuations(joined, edges, continuesIn(profiles.outlets));
  const raw = joined
    .map((c) => ({ c, first: firstOf(c) }))
    .sort((p, q) => p.first[0] - q.first[0] || p.first[1] - q.first[1])
    .map((x) => x.c);
  const clusters = raw.map((c, k) => toCluster(c, k, results, profiles.outlets));
  const framing = results.map(framingWords);
  const inCluster = results.map(() => new Set<string>());
  for (const c of clusters) for (const m of c.members) inCluster[m.outlet]!.add(m.claim);
  const outlets: OutletView[] = results.map((r, i) => ({
    index: i, label: outletLabel(i), claims: r.claims.length,
    only: r.claims.filter((c) => !inCluster[i]!.has(c.id)).map((c) => c.id), framing: framing[i]!,
  }));
  const cover = coverage(results, profiles.keys);
  const pairs = pairsOf(clusters, raw, profiles.outlets);
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  return {
    schemaVersion: SCHEMA_VERSION, kind: 'comparison', pairs,
    onlyA: a.claims.filter((c) => !pairedA.has(c.id)).map((c) => c.id),
    onlyB: b.claims.filter((c) => !pairedB.has(c.id)).map((c) => c.id),
    sources: twoWay(cover.sources), entities: twoWay(cover.entities), dates: twoWay(cover.dates),
    framing: { a: framing[0]!, b: framing[1]! },
    outlets, clusters, coverage: cover,
  };
}

/** Candidate scores by outlets (x, y) and then by claim i of x and j of y, as one number. */
function indexEdges(edges: readonly OutletEdge[], sizes: readonly number[]): Map<number, number>[][] {
  const index = sizes.map(() => sizes.map(() => new Map<number, number>()));
  for (const e of edges) index[e.x]![e.y]!.set(e.i * sizes[e.y]! + e.j, e.score);
  return index;
}

/**
 * Whether claim c of an outlet continues its claim m: both quotes of one named speaker, with no
 * other quote of the outlet between them.
 */
function continuesIn(profiles: readonly (readonly ClaimProfile[])[]): Continues {
  // Each claim's place among its outlet's quotes, -1 for a claim that is no quote.
  const quoteAt = profiles.map((list) => {
    let n = 0;
    return list.map((p) => (p.claim.source === 'quote' ? n++ : -1));
  });
  return (outlet, m, c) => {
    const pm = profiles[outlet]![m]!;
    const [qm, qc] = [quoteAt[outlet]![m]!, quoteAt[outlet]![c]!];
    return qm >= 0 && qc >= 0 && Math.abs(qm - qc) === 1 && pm.speaker !== null && pm.speakerKnown && pm.speaker === profiles[outlet]![c]!.speaker;
  };
}

/** The cluster's first member: outlet, claim index. */
function firstOf(c: RawCluster): [number, number] {
  const [outlet, claim] = c.members.entries().next().value!;
  return [outlet, claim];
}
