/**
 * A cluster as compare() returns it: its members by claim id, which outlets carry and omit it, its
 * kind and speaker, the links that joined it with their evidence, and misquote drift between members
 * that quote one speaker.
 */
import type { ClaimCluster, ClusterKind, ClusterMember, ExtractResult, QuoteDrift } from '../types.js';
import { evidence } from './align.js';
import type { RawCluster } from './cluster.js';
import { quoteDrift } from './drift.js';
import type { ClaimProfile } from './profile.js';

/** The k-th cluster (from 0) of the comparison of `results`, whose claims' profiles are `profiles`. */
export function toCluster(c: RawCluster, k: number, results: readonly ExtractResult[], profiles: ClaimProfile[][]): ClaimCluster {
  const member = (outlet: number, index: number): ClusterMember => ({ outlet, claim: results[outlet]!.claims[index]!.id });
  const placed = [...c.members, ...c.more].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const members = placed.map(([o, i]) => member(o, i));
  const indexOf = new Map(members.map((m, k) => [m, placed[k]![1]]));
  const profileOf = (m: ClusterMember) => profiles[m.outlet]![indexOf.get(m)!]!;
  const sources = new Set(members.map((m) => profileOf(m).claim.source));
  // A speaker only when every member names one and they agree: an outlet's own statement has none.
  const speakers = new Set(members.map(profileOf).map((p) => (p.claim.source === 'narrative' ? null : p.speaker)));
  const drift: QuoteDrift[] = [];
  for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) {
    if (members[x]!.outlet === members[y]!.outlet) continue;
    const px = profileOf(members[x]!);
    const py = profileOf(members[y]!);
    if (sameWords(px, py)) continue;
    const d = quoteDrift({ member: members[x]!, result: results[members[x]!.outlet]!, claim: px.claim, speaker: px.speaker }, { member: members[y]!, result: results[members[y]!.outlet]!, claim: py.claim, speaker: py.speaker });
    if (d) drift.push(d);
  }
  const carriedBy = [...c.members.keys()];
  return {
    id: `k${k + 1}`,
    kind: sources.size === 1 ? ([...sources][0]! as ClusterKind) : 'mixed',
    members, carriedBy, omittedBy: results.map((_, i) => i).filter((i) => !c.members.has(i)),
    speaker: speakers.size === 1 ? [...speakers][0] ?? null : null,
    links: c.links.map((e) => {
      const x = profiles[e.x]![e.i]!;
      const y = profiles[e.y]![e.j]!;
      return { a: member(e.x, e.i), b: member(e.y, e.j), score: Math.round(e.score * 1000) / 1000, evidence: evidence(x, y) };
    }),
    drift,
  };
}

/** Two quotes of the same words in the same order (or two claims that are no quotes): no drift to look for. */
function sameWords(x: ClaimProfile, y: ClaimProfile): boolean {
  if (!x.quoted || !y.quoted) return true;
  if (x.quoted !== y.quoted || x.bigrams.size !== y.bigrams.size) return false;
  for (const b of x.bigrams) if (!y.bigrams.has(b)) return false;
  return true;
}
