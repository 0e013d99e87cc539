/**
 * compare(a, b): two extractions of articles on one story. Aligns their claims (quotes, reported
 * speech and the outlets' own statements) one to one, then sets of sources, entities and dates, and
 * the framing words each outlet uses in its own voice.
 */
import { SCHEMA_VERSION, type Comparison, type ExtractResult, type SetComparison } from '../types.js';
import { alignClaims, type AlignOptions } from './align.js';
import { framingWords } from './framing.js';
import { buildProfiles, keysOf, speakerKey } from './profile.js';
import { checkPair, checkResult } from './check.js';

/**
 * Set on two stories told by two outlets each (tests/fixtures) and on unrelated pairs: unrelated
 * articles give no pair above 0.15; same-story paraphrases of one fact score 0.3 and up; a claim
 * sharing one clause of a longer one lands between 0.2 and 0.26 and is not paired.
 */
export const DEFAULT_ALIGN: AlignOptions = { minScore: 0.27, minShared: 2 };

export function compare(a: ExtractResult, b: ExtractResult): Comparison {
  checkResult(a, 'a');
  checkResult(b, 'b');
  checkPair(a, b);
  const pairs = alignClaims(buildProfiles(a, b), DEFAULT_ALIGN);
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  return {
    schemaVersion: SCHEMA_VERSION, kind: 'comparison', pairs,
    onlyA: a.claims.filter((c) => !pairedA.has(c.id)).map((c) => c.id),
    onlyB: b.claims.filter((c) => !pairedB.has(c.id)).map((c) => c.id),
    sources: sets(sources(a), sources(b)),
    entities: sets(new Set(a.entities.map((e) => e.key)), new Set(b.entities.map((e) => e.key))),
    dates: sets(dateValues(a), dateValues(b)),
    framing: { a: framingWords(a), b: framingWords(b) },
  };
}

/** Who an outlet quotes or cites: the speakers of its claims. */
function sources(r: ExtractResult): Set<string> {
  const keys = keysOf(r);
  return new Set(r.claims.map((c) => speakerKey(c, keys)).filter((k): k is string => k !== null));
}

function dateValues(r: ExtractResult): Set<string> {
  return new Set(r.dates.map((d) => d.value ?? d.text.toLowerCase()));
}

function sets(a: Set<string>, b: Set<string>): SetComparison {
  return { shared: [...a].filter((x) => b.has(x)), onlyA: [...a].filter((x) => !b.has(x)), onlyB: [...b].filter((x) => !a.has(x)) };
}
