/**
 * Claim profiles, built once per comparison so that scoring a pair is a lookup, not a re-reading of
 * text: each claim's terms (content words and entity keys) with a weight, the sum of its weights,
 * and its speaker's key. Weights are inverse document frequency over the claims of both articles, so
 * the story's own subject ("Twitter" in every claim) counts for little and a rare shared word for much.
 */
import type { Claim, ExtractResult } from '../types.js';
import { termsWithWords } from './words.js';

/** An entity both claims name is stronger evidence than a word both use. */
const ENTITY_BOOST = 1.5;
/**
 * A claim of one or two content words ("to protect @ALT_uscis") is too thin to say it is the same as
 * another: for scoring, a claim weighs at least as much as this many average terms.
 */
const MIN_TERMS = 5;
/** Entity keys and words live in one term space; the prefix keeps a key from meeting a word. */
export const ENTITY_PREFIX = 'entity:';

export interface ClaimProfile {
  claim: Claim;
  /** Term -> weight. */
  terms: Map<string, number>;
  /** Sum of the weights. */
  total: number;
  /** The weight the score divides by: the sum, or more for a claim of very few terms. */
  mass: number;
  /** Term -> the first word of the claim it was read from, to show evidence as words. */
  words: Map<string, string>;
  /** Key of the speaker's entity, or its lower-cased name; null for the outlet's own voice. */
  speaker: string | null;
  /** What it states (lower case, spaces folded) and who states it: equal only for the same claim told alike. */
  identity: string;
}

/**
 * A term in more than this share of all claims is the story's subject ("Twitter" in a story on
 * Twitter): it adds to a score but is no evidence on its own that two claims say the same thing.
 */
const SUBJECT_SHARE = 1 / 3;

export interface Profiles {
  a: ClaimProfile[];
  b: ClaimProfile[];
  /** Terms in more than a third of all claims. */
  subject: Set<string>;
}

export function buildProfiles(a: ExtractResult, b: ExtractResult): Profiles {
  const wa = a.claims.map((c) => termsWithWords(statement(c)));
  const wb = b.claims.map((c) => termsWithWords(statement(c)));
  const ta = a.claims.map((c, i) => claimTerms(c, wa[i]!, keysOf(a)));
  const tb = b.claims.map((c, i) => claimTerms(c, wb[i]!, keysOf(b)));
  const df = new Map<string, number>();
  for (const terms of [...ta, ...tb]) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = ta.length + tb.length;
  const idf = (t: string) => Math.log(1 + n / df.get(t)!) * (t.startsWith(ENTITY_PREFIX) ? ENTITY_BOOST : 1);
  let sum = 0;
  let count = 0;
  for (const terms of [...ta, ...tb]) for (const t of terms) {
    sum += idf(t);
    count++;
  }
  const floor = count ? (MIN_TERMS * sum) / count : 0;
  const weigh = (claims: Claim[], terms: Set<string>[], read: Array<Array<[string, string]>>, keys: Map<string, string>) =>
    claims.map((claim, i): ClaimProfile => {
      const weighted = new Map<string, number>();
      let total = 0;
      for (const t of terms[i]!) {
        const w = idf(t);
        weighted.set(t, w);
        total += w;
      }
      const words = new Map<string, string>();
      for (const [t, w] of read[i]!) if (!words.has(t)) words.set(t, w);
      const speaker = speakerKey(claim, keys);
      return { claim, terms: weighted, total, mass: Math.max(total, floor), words, speaker, identity: identityOf(claim, speaker) };
    });
  const subject = new Set([...df].filter(([, d]) => d > n * SUBJECT_SHARE).map(([t]) => t));
  return { a: weigh(a.claims, ta, wa, keysOf(a)), b: weigh(b.claims, tb, wb, keysOf(b)), subject };
}

/**
 * What a claim states, as words: its cue and its content. One outlet's narrative "@ALT_uscis pinned
 * the tweet of ..." is another's reported "@ALT_USCIS tweeted ...", where the verb is the cue.
 */
function statement(c: Claim): string {
  return c.cue && c.source === 'reported' ? `${c.cue.text} ${c.content.text}` : c.content.text;
}

function identityOf(c: Claim, speaker: string | null): string {
  return `${c.source}\u0000${speaker ?? ''}\u0000${statement(c).toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** Content words, entities named in the content, and the speaker's entity: who says it is part of it. */
function claimTerms(claim: Claim, read: Array<[string, string]>, keys: Map<string, string>): Set<string> {
  const terms = new Set(read.map(([t]) => t));
  if (claim.speaker?.entity && keys.get(claim.speaker.entity)) terms.add(ENTITY_PREFIX + keys.get(claim.speaker.entity)!);
  for (const id of claim.entities) {
    const key = keys.get(id);
    if (key) terms.add(ENTITY_PREFIX + key);
  }
  return terms;
}

const keyCache = new WeakMap<ExtractResult, Map<string, string>>();

/** Entity id -> cross-document key. */
export function keysOf(r: ExtractResult): Map<string, string> {
  let keys = keyCache.get(r);
  if (!keys) {
    keys = new Map(r.entities.map((e) => [e.id, e.key]));
    keyCache.set(r, keys);
  }
  return keys;
}

export function speakerKey(c: Claim, keys: Map<string, string>): string | null {
  if (!c.speaker) return null;
  return (c.speaker.entity && keys.get(c.speaker.entity)) || c.speaker.name?.toLowerCase() || null;
}
