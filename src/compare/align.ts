/**
 * Aligns the claims of two articles: scores every pair that shares a term and returns those that
 * pass as candidate links (cluster.ts then keeps the best, one claim per outlet). Candidates come
 * from an inverted index on B's terms, so the cost follows the number of shared terms, not
 * |A| x |B| x terms. Terms in very many of B's claims (the story's subject) are left out of the
 * index, since they would make every pair a candidate; they are still added to the score of each
 * candidate, so scores are exact for every candidate. A pair sharing only such terms is not
 * considered: it is the weakest evidence there is.
 *
 * What a pair's score reads, by what the claims are:
 * - every pair: the cosine of the weighted terms (words, entities, days);
 * - quotes: also how much of the shorter quote the other quotes word for word (one outlet often
 *   quotes part of what another quotes whole), and whether the speaker is the same;
 * - events and statements: a shared day adds to the score; two claims dated to different days tell
 *   different events.
 */
import type { ClaimPair } from '../types.js';
import type { OutletEdge } from './cluster.js';
import { ENTITY_PREFIX, type ClaimProfile } from './profile.js';

export interface AlignOptions {
  /** Pairs below this score are not the same claim. */
  minScore: number;
  /** Fewer shared terms than this, not counting the story's subject, is chance, whatever their weight. */
  minShared: number;
}


/** How much each part of the evidence weighs in the score. */
const SPEAKER_WEIGHT = 0.15;
/** Two quotes that share this many pairs of neighbouring words (a run of four words) are quoting the same words. */
const MIN_SHARED_BIGRAMS = 3;
/** Two attributed claims whose speakers are two different known people: the score is cut to this share. */
const OTHER_SPEAKER = 0.75;
/** Two quotes that share no run of quoted words: the score is cut to this share (quoting one statement is quoting its words). */
const OTHER_WORDS = 0.7;
/**
 * One known speaker's two reported claims where the longer holds this share of the shorter's words
 * ("the bridge would reopen in June" in "the Elm Street bridge would reopen to traffic in June after
 * two years of repairs") are one statement, even when all their shared words are the story's subject.
 */
const RETOLD = 0.9;
/** Two claims dated to days that differ: the score is cut to this share. */
const OTHER_DAY = 0.6;
/** Two claims dated to the same day: this much is added to the text's part. */
const SAME_DAY = 0.1;

/** Adds to `edges` the candidate links between outlet x's claims (pa) and outlet y's (pb). */
export function candidateEdges(x: number, pa: readonly ClaimProfile[], y: number, pb: readonly ClaimProfile[], subject: ReadonlySet<string>, options: AlignOptions, edges: OutletEdge[]): void {
  const frequentAt = Math.max(50, pb.length / 10);
  const index = new Map<string, number[]>();
  for (let j = 0; j < pb.length; j++) for (const t of pb[j]!.terms.keys()) {
    const list = index.get(t);
    if (list) list.push(j);
    else index.set(t, [j]);
  }
  // Claims told alike link at score 1 first, whatever their terms (a claim of no content word, or
  // one of the story's subject words only, still pairs with itself): one edge per pair, in order.
  const alike = new Map<string, number[]>();
  for (let j = 0; j < pb.length; j++) alike.set(pb[j]!.identity, [...(alike.get(pb[j]!.identity) ?? []), j]);
  for (let i = 0; i < pa.length; i++) for (const j of alike.get(pa[i]!.identity) ?? []) edges.push({ x, y, i, j, score: 1 });
  const shared = new Float64Array(pb.length);
  const count = new Uint32Array(pb.length);
  for (let i = 0; i < pa.length; i++) {
    const p = pa[i]!;
    const touched: number[] = [];
    const frequent: string[] = [];
    for (const [t, w] of p.terms) {
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
      const q = pb[j]!;
      let s = shared[j]!;
      let c = count[j]!;
      for (const t of frequent) {
        const w = q.terms.get(t);
        if (w !== undefined) {
          s += w;
          if (!subject.has(t)) c++;
        }
      }
      shared[j] = 0;
      count[j] = 0;
      if (p.identity === q.identity) continue;
      const same = p.claim.content.text === q.claim.content.text;
      // Quoting the same run of words is evidence however common the words are in the story.
      if (c < options.minShared && !same && sharedBigrams(p, q) < MIN_SHARED_BIGRAMS && retold(p, q) < RETOLD) continue;
      const score = same ? 1 : pairScore(s, p, q);
      if (score >= options.minScore) edges.push({ x, y, i, j, score });
    }
  }
}

/**
 * The text part is the cosine of the weighted term sets: shared weight over the geometric mean of
 * both claims' weights. It lies between Dice, which punishes the outlet that tells a fact in fewer
 * words, and overlap, which lets a three-word claim match anything that holds its words. For two
 * quotes it is at least the share of the shorter quote found word for word in the other.
 */
export function pairScore(shared: number, x: ClaimProfile, y: ClaimProfile): number {
  let text = shared / Math.sqrt(x.mass * y.mass);
  let quotesApart = false;
  if (x.quoted && y.quoted) {
    const fewer = Math.min(x.bigrams.size, y.bigrams.size);
    const shared = sharedBigrams(x, y);
    if (fewer && shared >= Math.min(MIN_SHARED_BIGRAMS, fewer)) text = Math.max(text, shared / fewer);
    quotesApart = shared === 0 && fewer >= 1;
  }
  // One person's reported claim that one outlet tells shorter: what the shorter says, the longer holds.
  const told = retold(x, y);
  if (told >= RETOLD) text = Math.max(text, told);
  const days = dayRelation(x, y);
  if (days === 'same') text += SAME_DAY;
  let score = (1 - SPEAKER_WEIGHT) * Math.min(1, text) + (sameSpeaker(x, y) ? SPEAKER_WEIGHT : 0);
  if (otherSpeakers(x, y)) score *= OTHER_SPEAKER;
  if (days === 'other') score *= OTHER_DAY;
  if (quotesApart) score *= OTHER_WORDS;
  return score;
}

/** The score of any two claims, candidate or not. */
export function directScore(x: ClaimProfile, y: ClaimProfile): number {
  let shared = 0;
  for (const [t, w] of x.terms) if (y.terms.has(t)) shared += w;
  return pairScore(shared, x, y);
}

/** Pairs of neighbouring quoted words two quotes share (0 unless both are quotes). */
function sharedBigrams(x: ClaimProfile, y: ClaimProfile): number {
  if (!x.bigrams.size || !y.bigrams.size) return 0;
  const small = x.bigrams.size <= y.bigrams.size ? x.bigrams : y.bigrams;
  const large = small === x.bigrams ? y.bigrams : x.bigrams;
  let shared = 0;
  for (const b of small) if (large.has(b)) shared++;
  return shared;
}

/** Both claims name a speaker, and the same one. */
export function sameSpeaker(x: ClaimProfile, y: ClaimProfile): boolean {
  return x.speaker !== null && x.speaker === y.speaker;
}

/** Both claims attributed to people the text names, and not the same one. */
function otherSpeakers(x: ClaimProfile, y: ClaimProfile): boolean {
  return x.speakerKnown && y.speakerKnown && x.speaker !== y.speaker;
}

/** Whether both claims are dated to days, and if so whether they share one. */
function dayRelation(x: ClaimProfile, y: ClaimProfile): 'same' | 'other' | 'unknown' {
  if (!x.days.size || !y.days.size) return 'unknown';
  for (const d of x.days) if (y.days.has(d)) return 'same';
  return 'other';
}

/** The evidence of a link: shared entity keys, shared words as each claim wrote them, the same speaker. */
export function evidence(x: ClaimProfile, y: ClaimProfile): ClaimPair['evidence'] {
  const both = [...x.terms.keys()].filter((t) => y.terms.has(t));
  return {
    sharedEntities: both.filter((t) => t.startsWith(ENTITY_PREFIX)).map((t) => t.slice(ENTITY_PREFIX.length)),
    sharedWords: both.filter((t) => !t.startsWith(ENTITY_PREFIX)).map((t) => shownAs(t, x, y)),
    sameSpeaker: sameSpeaker(x, y),
  };
}

/** A shared term as the words each claim used: "freedom/rights" when they differ, else "twitter". */
function shownAs(term: string, x: ClaimProfile, y: ClaimProfile): string {
  const wx = x.words.get(term) ?? term;
  const wy = y.words.get(term) ?? term;
  return wx === wy ? wx : `${wx}/${wy}`;
}

/**
 * For two reported (unquoted) claims of one named speaker: the share of the shorter claim's term
 * weight, the speaker's own name left out, that the other claim holds; 0 for any other pair.
 */
function retold(x: ClaimProfile, y: ClaimProfile): number {
  if (x.quoted || y.quoted || !x.speakerKnown || !sameSpeaker(x, y)) return 0;
  const speaker = ENTITY_PREFIX + x.speaker;
  const [short, long] = x.mass <= y.mass ? [x, y] : [y, x];
  let all = 0;
  let held = 0;
  for (const [t, w] of short.terms) {
    if (t === speaker) continue;
    all += w;
    if (long.terms.has(t)) held += w;
  }
  return all > 0 ? held / all : 0;
}
