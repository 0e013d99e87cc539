/**
 * Claim profiles, built once per comparison so that scoring a pair is a lookup, not a re-reading of
 * text: each claim's terms (content words, entity keys, day dates) with a weight, the sum of its
 * weights, its speaker's key, and for a quote its quoted words. Weights are inverse document
 * frequency over the claims of all the compared articles, so the story's own subject ("Twitter" in
 * every claim) counts for little and a rare shared word for much.
 */
import type { Claim, ExtractResult } from '../types.js';
import { nameKey, storyKeys } from './outlet-keys.js';
import { quotedTokens } from './quoted.js';
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
  /** Key of the speaker's entity, or its folded name; null for the outlet's own voice. */
  speaker: string | null;
  /** Whether the speaker resolved to an entity (a name, not a pronoun left as written). */
  speakerKnown: boolean;
  /** Days the claim is dated to (YYYY-MM-DD), for events: two claims dated to other days tell other events. */
  days: Set<string>;
  /** For a quote, the number of its quoted words; 0 otherwise. */
  quoted: number;
  /**
   * The quote's pairs of neighbouring words ("roof collapsed"), to find shared runs in one lookup
   * each: each word numbered once per comparison, a pair is one number.
   */
  bigrams: Set<number>;
  /** What it states (lower case, spaces folded), how, and who states it: equal only for the same claim told alike. */
  identity: string;
}

/**
 * A term in more than this share of all claims is the story's subject ("Twitter" in a story on
 * Twitter): it adds to a score but is no evidence on its own that two claims say the same thing.
 */
const SUBJECT_SHARE = 1 / 3;

export interface Profiles {
  /** One list per compared extraction, in argument order. */
  outlets: ClaimProfile[][];
  /** Terms in more than a third of all claims. */
  subject: Set<string>;
  /** For each extraction, entity id -> key across the story. */
  keys: Array<Map<string, string>>;
}

/** Word numbers stay below this, so that two make one exact number (below 2^53). */
const PAIR_BASE = 2 ** 26;

export function buildProfiles(results: readonly ExtractResult[]): Profiles {
  const wordIds = new Map<string, number>();
  const wordId = (w: string) => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = wordIds.size % PAIR_BASE;
      wordIds.set(w, id);
    }
    return id;
  };
  const keys = storyKeys(results);
  const allKeys = new Set(keys.flatMap((k) => [...k.values()]));
  const read = results.map((r) => r.claims.map((c) => termsWithWords(statement(c))));
  const days = results.map((r) => {
    const byId = new Map(r.dates.map((d) => [d.id, d]));
    return r.claims.map((c) => new Set(c.dates.map((id) => byId.get(id)?.value).filter((v): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v))));
  });
  const terms = results.map((r, o) => r.claims.map((c, i) => claimTerms(c, read[o]![i]!, keys[o]!)));
  const df = new Map<string, number>();
  let n = 0;
  for (const list of terms) for (const set of list) {
    n++;
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [t, d] of df) weights.set(t, Math.log(1 + n / d) * (t.startsWith(ENTITY_PREFIX) ? ENTITY_BOOST : 1));
  const idf = (t: string) => weights.get(t)!;
  let sum = 0;
  let count = 0;
  for (const list of terms) for (const set of list) for (const t of set) {
    sum += idf(t);
    count++;
  }
  const floor = count ? (MIN_TERMS * sum) / count : 0;
  const outlets = results.map((r, o) => r.claims.map((claim, i): ClaimProfile => {
    const weighted = new Map<string, number>();
    let total = 0;
    for (const t of terms[o]![i]!) {
      const w = idf(t);
      weighted.set(t, w);
      total += w;
    }
    const words = new Map<string, string>();
    for (const [t, w] of read[o]![i]!) if (!words.has(t)) words.set(t, w);
    const speaker = speakerKey(claim, keys[o]!, allKeys);
    const quoted = claim.source === 'quote' ? quotedTokens(r, claim) : [];
    const bigrams = new Set<number>();
    for (let k = 0; k + 1 < quoted.length; k++) bigrams.add(wordId(quoted[k]!) * PAIR_BASE + wordId(quoted[k + 1]!));
    return {
      claim, terms: weighted, total, mass: Math.max(total, floor), words,
      speaker, speakerKnown: !!claim.speaker?.entity, days: days[o]![i]!,
      quoted: quoted.length, bigrams, identity: identityOf(claim, speaker),
    };
  }));
  const subject = new Set([...df].filter(([, d]) => d > n * SUBJECT_SHARE).map(([t]) => t));
  return { outlets, subject, keys };
}

/**
 * What a claim states, as words: its cue and its content. One outlet's narrative "@ALT_uscis pinned
 * the tweet of ..." is another's reported "@ALT_USCIS tweeted ...", where the verb is the cue.
 */
function statement(c: Claim): string {
  return c.cue && c.source === 'reported' ? `${c.cue.text} ${c.content.text}` : c.content.text;
}

/** The claim's source, speaker and statement: two claims with the same identity are one claim told alike. */
function identityOf(c: Claim, speaker: string | null): string {
  return `${c.source}\u0000${speaker ?? ''}\u0000${statement(c).toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * Content words, entities named in the content, and the speaker's entity: who says it is part of it.
 * Days are not terms: a claim that gives a day and one that does not may tell the same event, so a
 * day is no weight to divide by; align.ts reads shared and conflicting days apart.
 */
function claimTerms(claim: Claim, read: Array<[string, string]>, keys: Map<string, string>): Set<string> {
  const terms = new Set(read.map(([t]) => t));
  if (claim.speaker?.entity && keys.get(claim.speaker.entity)) terms.add(ENTITY_PREFIX + keys.get(claim.speaker.entity)!);
  for (const id of claim.entities) {
    const key = keys.get(id);
    if (key) terms.add(ENTITY_PREFIX + key);
  }
  return terms;
}

/** The key of a claim's speaker across the story: its entity's key, or its name folded; null when it has none. */
export function speakerKey(c: Claim, keys: Map<string, string>, allKeys: ReadonlySet<string>): string | null {
  if (!c.speaker) return null;
  const byEntity = c.speaker.entity ? keys.get(c.speaker.entity) : undefined;
  if (byEntity) return byEntity;
  return c.speaker.name ? nameKey(c.speaker.name, allKeys) : null;
}
