/**
 * Candidate cues of one sentence, read off its wink tokens: every verb, the cue nouns and
 * adjectives of cue-words.ts, and light-verb frames ("made mention of", "took issue with"). A
 * candidate is only a place where a claim may be attributed; the cue classifier (cue-model.ts)
 * decides which are, so this list is broad on purpose.
 */
import type { DocToken } from '../document/analyse.js';
import type { ClaimType } from '../types.js';
import {
  AGENT_NOUN_TYPES, CUE_ADJECTIVE_TYPES, CUE_NOUN_TYPES, CUE_PARTICLES, CUE_VERB_TYPES, LIGHT_VERB_FRAMES, PURE_PARTICLES,
} from './cue-words.js';

/** What kind of word carries the cue. */
export type CueClass = 'verb' | 'noun' | 'agent-noun' | 'adjective' | 'light-verb' | 'colon';

export interface CueCandidate {
  cls: CueClass;
  /** Index (in the sentence's tokens) of the word that carries the cue: the verb, noun or adjective. */
  head: number;
  /** First and last token of the cue as written: "pointed out", "critical of", "made mention of". */
  first: number;
  last: number;
  /** The cue's dictionary key: a lemma, or verb and noun of a frame ("make mention"). */
  word: string;
  type: ClaimType;
  /** Whether the word is in the hand-written lists of cue-words.ts. */
  listed: boolean;
}

/** Tags that may stand between a light verb and its noun: "made little mention", "took a swipe". */
const FRAME_FILLER = new Set(['DET', 'ADJ', 'PRON', 'ADV', 'NUM']);
const MAX_FRAME_GAP = 3;

/** Prepositions a cue noun or adjective takes along: "criticism of", "critical of", "confident in". */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'about', 'on', 'against', 'to', 'over', 'with', 'at', 'in', 'toward', 'towards']);

/** Words after which a word read as a noun is one: "calls of", "advocates such as". */
const NOUN_AFTER = new Set(['of', 'such']);

/** Forms that look like cues but are nearly always something else. */
const NON_CUE_FORMS = new Set(['according', 'known', 'named', 'titled', 'entitled']);

/** Every candidate cue of a sentence, in token order, at most one per head word. */
export function cueCandidates(tokens: readonly DocToken[]): CueCandidate[] {
  const out: CueCandidate[] = [];
  const taken = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    if (taken.has(k)) continue;
    const c = candidateAt(tokens, k);
    if (!c) continue;
    for (let i = c.first; i <= c.last; i++) taken.add(i);
    out.push(c);
  }
  return out;
}

function candidateAt(tokens: readonly DocToken[], k: number): CueCandidate | null {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return t.normal === ':' ? colonCue(tokens, k) : null;
  const first = t.lemma.charCodeAt(0);
  if (!(first >= 97 && first <= 122) || NON_CUE_FORMS.has(t.normal) || endsCompound(tokens, k)) return null;
  if (t.pos === 'VERB') return lightVerbFrame(tokens, k) ?? verbCue(tokens, k);
  if (t.pos === 'NOUN') {
    // wink reads "records show that", "Pate claims" as nouns: a cue verb's form right after a noun
    // or name, with no determiner of its own, stands where the verb would.
    const prev = tokens[k - 1];
    // A noun before "of" or "such as" ("advocates such as the ACLU") is a noun all the same.
    if (CUE_VERB_TYPES.has(t.lemma) && prev && ['NOUN', 'PROPN', 'PRON'].includes(prev.pos) && !NOUN_AFTER.has(tokens[k + 1]?.normal ?? '')) return verbCue(tokens, k);
    const agent = AGENT_NOUN_TYPES.get(t.lemma);
    if (agent) return withPreposition(tokens, { cls: 'agent-noun', head: k, first: k, last: k, word: t.lemma, type: agent, listed: true });
    const noun = CUE_NOUN_TYPES.get(t.lemma) ?? CUE_NOUN_TYPES.get(t.normal);
    if (noun) return withPreposition(tokens, { cls: 'noun', head: k, first: k, last: k, word: t.lemma, type: noun, listed: true });
    return null;
  }
  if (t.pos === 'ADJ') {
    const adj = CUE_ADJECTIVE_TYPES.get(t.normal) ?? CUE_ADJECTIVE_TYPES.get(t.lemma);
    // An adjective before its noun describes the noun ("a critical report"); a cue stands after a verb or comma.
    if (!adj || tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'PROPN') return null;
    return withPreposition(tokens, { cls: 'adjective', head: k, first: k, last: k, word: t.normal, type: adj, listed: true });
  }
  return null;
}

/** Whether token k ends a hyphenated compound ("so-called", "self-described"): a modifier, not a cue. */
function endsCompound(tokens: readonly DocToken[], k: number): boolean {
  const hyphen = tokens[k - 1];
  const before = tokens[k - 2];
  return hyphen !== undefined && before !== undefined && (hyphen.normal === '-' || hyphen.normal === '\u2010') && hyphen.end === tokens[k]!.start && before.end === hyphen.start;
}

/** Tags a name before a colon may hold: "Gingrich:", "Former AG Mukasey at RNC:", "JAKE TAPPER:". */
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'ADP', 'PART', 'NUM']);
const MAX_COLON_NAME = 6;

/** "Gingrich: Trump must decide ...": a short name opening the sentence, then a colon, as headlines and transcripts attribute. */
function colonCue(tokens: readonly DocToken[], k: number): CueCandidate | null {
  if (k < 1 || k > MAX_COLON_NAME || k + 2 >= tokens.length) return null;
  let named = false;
  for (let i = 0; i < k; i++) {
    const u = tokens[i]!;
    if (!NAME_TAGS.has(u.pos)) return null;
    if (u.pos === 'PROPN' || u.pos === 'NOUN') named = true;
  }
  return named ? { cls: 'colon', head: k, first: k, last: k, word: ':', type: 'statement', listed: true } : null;
}

function verbCue(tokens: readonly DocToken[], k: number): CueCandidate {
  const t = tokens[k]!;
  const type = CUE_VERB_TYPES.get(t.lemma);
  let last = k;
  // "pointed out", "hit back", "summed up": a particle belongs to the cue.
  if (PURE_PARTICLES.has(tokens[k + 1]?.normal ?? '') && tokens[k + 1]!.pos !== 'NOUN') last = k + 1;
  return { cls: 'verb', head: k, first: k, last, word: t.lemma, type: type ?? 'statement', listed: type !== undefined };
}

/** "made mention of", "paid tribute to", "took issue with", "made it clear". */
function lightVerbFrame(tokens: readonly DocToken[], k: number): CueCandidate | null {
  const nouns = LIGHT_VERB_FRAMES.get(tokens[k]!.lemma);
  if (!nouns) return null;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + MAX_FRAME_GAP; j++) {
    const u = tokens[j]!;
    if ((u.pos === 'NOUN' || u.pos === 'ADJ' || u.pos === 'VERB') && (nouns.has(u.normal) || nouns.has(u.lemma))) {
      const type = CUE_NOUN_TYPES.get(u.lemma) ?? CUE_ADJECTIVE_TYPES.get(u.normal) ?? 'statement';
      return withPreposition(tokens, { cls: 'light-verb', head: k, first: k, last: j, word: `${tokens[k]!.lemma} ${u.lemma}`, type, listed: true });
    }
    if (!FRAME_FILLER.has(u.pos)) return null;
  }
  return null;
}

/** The cue takes the preposition right after it: "criticism of", "paid tribute to", "skeptical about". */
function withPreposition(tokens: readonly DocToken[], c: CueCandidate): CueCandidate {
  const next = tokens[c.last + 1];
  if (next && NOUN_PREPOSITIONS.has(next.normal) && CUE_PARTICLES.has(next.normal)) {
    // "eager to win": "to" before a verb opens the content, not the cue.
    if (next.normal === 'to' && tokens[c.last + 2]?.pos === 'VERB') return c;
    return { ...c, last: c.last + 1 };
  }
  return c;
}
