/**
 * Aligns the claims of two articles: scores every pair that shares a term, then keeps the best pairs
 * one to one. Candidates come from an inverted index on B's terms, so the cost follows the number of
 * shared terms, not |A| x |B| x terms. Terms in very many of B's claims (the story's subject) are left
 * out of the index, since they would make every pair a candidate; they are still added to the score
 * of each candidate, so scores are exact for every candidate. A pair sharing only such terms is not
 * considered: it is the weakest evidence there is.
 *
 * Before any of that, claims told alike (same words, same speaker, same kind) pair with each other
 * at score 1, in document order: scoring cannot miss them (a claim with no content word has no term
 * to be found by, and in a result compared with itself every term is in every pair and so "the
 * story's subject"), and a result compared with itself pairs every claim with itself.
 */
import type { ClaimPair } from '../types.js';
import { ENTITY_PREFIX, type ClaimProfile, type Profiles } from './profile.js';

export interface AlignOptions {
  /** Pairs below this score are not the same claim. */
  minScore: number;
  /** Fewer shared terms than this, not counting the story's subject, is chance, whatever their weight. */
  minShared: number;
}

/** How much each part of the evidence weighs in the score. */
const SPEAKER_WEIGHT = 0.15;

export function alignClaims(profiles: Profiles, options: AlignOptions): ClaimPair[] {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs = identicalPairs(profiles, usedA, usedB);
  for (const { i, j, score } of scoredCandidates(profiles, options)) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push(toPair(profiles.a[i]!, profiles.b[j]!, score));
  }
  return pairs;
}

/** Claims of A and B told alike, paired in document order; marks them used. */
function identicalPairs({ a: pa, b: pb }: Profiles, usedA: Set<number>, usedB: Set<number>): ClaimPair[] {
  const waiting = new Map<string, number[]>();
  for (let j = pb.length - 1; j >= 0; j--) {
    const list = waiting.get(pb[j]!.identity);
    if (list) list.push(j);
    else waiting.set(pb[j]!.identity, [j]);
  }
  const pairs: ClaimPair[] = [];
  for (let i = 0; i < pa.length; i++) {
    // Lists were filled from the end, so pop() gives B's earliest claim still waiting.
    const j = waiting.get(pa[i]!.identity)?.pop();
    if (j === undefined) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push(toPair(pa[i]!, pb[j]!, 1));
  }
  return pairs;
}

/** Pairs that share terms and score at least `minScore`, best first; ties in document order. */
function scoredCandidates({ a: pa, b: pb, subject }: Profiles, options: AlignOptions): Array<{ i: number; j: number; score: number }> {
  const frequentAt = Math.max(50, pb.length / 10);
  const index = new Map<string, number[]>();
  for (let j = 0; j < pb.length; j++) for (const t of pb[j]!.terms.keys()) {
    const list = index.get(t);
    if (list) list.push(j);
    else index.set(t, [j]);
  }
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  const shared = new Float64Array(pb.length);
  const count = new Uint32Array(pb.length);
  for (let i = 0; i < pa.length; i++) {
    const x = pa[i]!;
    const touched: number[] = [];
    const frequent: string[] = [];
    for (const [t, w] of x.terms) {
      const list = index.get(t);
      if (!list) continue;
      if (list.length > frequentAt) {
        frequent.push(t);
        continue;
      }
      for (const j of list) {
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + w;
        if (!subject.has(t)) count[j] = count[j]! + 1;
      }
    }
    for (const j of touched) {
      const y = pb[j]!;
      let s = shared[j]!;
      let c = count[j]!;
      for (const t of frequent) {
        const w = y.terms.get(t);
        if (w !== undefined) {
          s += w;
          if (!subject.has(t)) c++;
        }
      }
      shared[j] = 0;
      count[j] = 0;
      if (c < options.minShared) continue;
      const score = pairScore(s, x, y);
      if (score >= options.minScore) candidates.push({ i, j, score });
    }
  }
  // Greedy one to one, best first; ties in document order so the result is stable.
  return candidates.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
}

/**
 * Cosine of the weighted term sets: shared weight over the geometric mean of both claims' weights.
 * It lies between Dice, which punishes the outlet that tells a fact in fewer words, and overlap,
 * which lets a three-word claim match anything that holds its words.
 */
function pairScore(shared: number, x: ClaimProfile, y: ClaimProfile): number {
  const text = shared / Math.sqrt(x.mass * y.mass);
  return (1 - SPEAKER_WEIGHT) * text + (sameSpeaker(x, y) ? SPEAKER_WEIGHT : 0);
}

function sameSpeaker(x: ClaimProfile, y: ClaimProfile): boolean {
  return x.speaker !== null && x.speaker === y.speaker;
}

function toPair(x: ClaimProfile, y: ClaimProfile, score: number): ClaimPair {
  const both = [...x.terms.keys()].filter((t) => y.terms.has(t));
  return {
    a: x.claim.id, b: y.claim.id, score: Math.round(score * 1000) / 1000,
    evidence: {
      sharedEntities: both.filter((t) => t.startsWith(ENTITY_PREFIX)).map((t) => t.slice(ENTITY_PREFIX.length)),
      sharedWords: both.filter((t) => !t.startsWith(ENTITY_PREFIX)).map((t) => shownAs(t, x, y)),
      sameSpeaker: sameSpeaker(x, y),
    },
  };
}

/** A shared term as the words each claim used: "freedom/rights" when they differ, else "twitter". */
function shownAs(term: string, x: ClaimProfile, y: ClaimProfile): string {
  const wx = x.words.get(term) ?? term;
  const wy = y.words.get(term) ?? term;
  return wx === wy ? wx : `${wx}/${wy}`;
}
