/**
 * compare(a, b): two extractions of articles on one story. Pairs claims that report the same thing
 * (shared content words, shared entities, same speaker), then sets of sources, entities and dates,
 * and the framing words each outlet uses in its own voice.
 */
import { SCHEMA_VERSION, type Claim, type ClaimPair, type Comparison, type ExtractResult, type SetComparison } from '../types.js';
import { framingWords } from './framing.js';
import { contentWords, jaccard } from './words.js';

/** Pairs below this score are not the same claim. */
const MIN_SCORE = 0.2;
const WEIGHTS = { words: 0.55, entities: 0.3, speaker: 0.15 };

interface Profile {
  claim: Claim;
  words: Set<string>;
  entities: Set<string>;
  speaker: string | null;
}

export function compare(a: ExtractResult, b: ExtractResult): Comparison {
  const pa = profiles(a);
  const pb = profiles(b);
  const candidates: ClaimPair[] = [];
  for (const x of pa) {
    for (const y of pb) {
      const words = jaccard(x.words, y.words);
      const entities = jaccard(x.entities, y.entities);
      const sameSpeaker = x.speaker !== null && x.speaker === y.speaker;
      const score = WEIGHTS.words * words + WEIGHTS.entities * entities + (sameSpeaker ? WEIGHTS.speaker : 0);
      if (score < MIN_SCORE) continue;
      candidates.push({
        a: x.claim.id, b: y.claim.id, score: round(score),
        evidence: { sharedEntities: [...x.entities].filter((k) => y.entities.has(k)), sharedWords: [...x.words].filter((w) => y.words.has(w)), sameSpeaker },
      });
    }
  }
  // Greedy one-to-one: best pairs first.
  candidates.sort((p, q) => q.score - p.score);
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const pairs = candidates.filter((p) => !usedA.has(p.a) && !usedB.has(p.b) && (usedA.add(p.a), usedB.add(p.b), true));
  return {
    schemaVersion: SCHEMA_VERSION, kind: 'comparison', pairs,
    onlyA: a.claims.filter((c) => !usedA.has(c.id)).map((c) => c.id),
    onlyB: b.claims.filter((c) => !usedB.has(c.id)).map((c) => c.id),
    sources: sets(sources(a), sources(b)),
    entities: sets(new Set(a.entities.map((e) => e.key)), new Set(b.entities.map((e) => e.key))),
    dates: sets(new Set(a.dates.map((d) => d.value ?? d.text)), new Set(b.dates.map((d) => d.value ?? d.text))),
    framing: { a: framingWords(a), b: framingWords(b) },
  };
}

function profiles(r: ExtractResult): Profile[] {
  const keyOf = new Map(r.entities.map((e) => [e.id, e.key]));
  return r.claims.map((claim) => ({
    claim,
    words: new Set(contentWords(claim.content.text)),
    entities: new Set(claim.entities.map((id) => keyOf.get(id)!).filter(Boolean)),
    speaker: speakerKey(claim, keyOf),
  }));
}

function speakerKey(c: Claim, keyOf: Map<string, string>): string | null {
  if (!c.speaker) return null;
  return (c.speaker.entity && keyOf.get(c.speaker.entity)) || c.speaker.name?.toLowerCase() || null;
}

function sources(r: ExtractResult): Set<string> {
  const keyOf = new Map(r.entities.map((e) => [e.id, e.key]));
  return new Set(r.claims.map((c) => speakerKey(c, keyOf)).filter((k): k is string => k !== null));
}

function sets(a: Set<string>, b: Set<string>): SetComparison {
  return { shared: [...a].filter((x) => b.has(x)), onlyA: [...a].filter((x) => !b.has(x)), onlyB: [...b].filter((x) => !a.has(x)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
