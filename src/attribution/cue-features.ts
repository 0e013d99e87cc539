/**
 * What the cue classifier knows of a candidate: the cue word and its class, its form and the words
 * around it, what its clause looks like (how it opens, how long it is, whether it has a verb), who
 * its speaker is (a pronoun, a name, an entity of which type), and what else the sentence holds
 * (a reporting verb before it, a directive, a quotation). Every feature is a string; the model
 * weighs each one it knows. The cue rate is added apart (rateFeatures), because the trainer mines
 * the rates inside each fold.
 */
import type { DocToken } from '../document/analyse.js';
import type { CueCandidate } from './cue-candidates.js';
import { CUE_VERB_TYPES, DIRECTIVE_VERBS } from './cue-words.js';
import type { Phrase } from './noun-phrase.js';

/** Where a candidate's speaker was read: next to the cue, the clause's subject, a participle's sentence subject, a noun's owner, before a colon. */
export type SpeakerSource = 'subject' | 'clause' | 'participle' | 'noun' | 'colon';

/** Everything about one candidate the features read. */
export interface CandidateContext {
  tokens: readonly DocToken[];
  candidate: CueCandidate;
  speaker: Phrase | null;
  source: SpeakerSource;
  /** The speaker's entity type, when its words name an entity. */
  speakerEntity: string | null;
  content: [number, number];
  /** The candidate is a participle speaking for its sentence's subject ("..., adding that"). */
  participle: boolean;
  /** Index of the sentence's last word. */
  lastWord: number;
  /** Whether the sentence holds a quotation mark. */
  sentenceQuoted: boolean;
  facts: SentenceFacts;
}

/** Counts over a sentence's tokens, made once per sentence so each candidate reads them in constant time. */
export interface SentenceFacts {
  /** verbs[i]: verbs and auxiliaries among tokens [0, i). */
  verbs: Int32Array;
  /** speech[i]: reporting verbs of speech among tokens [0, i). */
  speech: Int32Array;
  /** directives[i]: directive verbs ("urged", "demanded") among tokens [0, i). */
  directives: Int32Array;
}

export function sentenceFacts(tokens: readonly DocToken[]): SentenceFacts {
  const n = tokens.length;
  const verbs = new Int32Array(n + 1);
  const speech = new Int32Array(n + 1);
  const directives = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const verb = t.pos === 'VERB';
    verbs[i + 1] = verbs[i]! + (verb || t.pos === 'AUX' ? 1 : 0);
    speech[i + 1] = speech[i]! + (verb && CUE_VERB_TYPES.get(t.lemma) === 'statement' && !DIRECTIVE_VERBS.has(t.lemma) ? 1 : 0);
    directives[i + 1] = directives[i]! + (verb && DIRECTIVE_VERBS.has(t.lemma) ? 1 : 0);
  }
  return { verbs, speech, directives };
}

/** Tags whose words are few and telling enough to be features themselves. */
const CLOSED = new Set(['AUX', 'PART', 'ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'PUNCT']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'wo', 'ca']);

/** A token as a feature value: closed-class words by their form, the rest by their tag. */
function key(t: DocToken | undefined): string {
  if (!t) return '#';
  return CLOSED.has(t.pos) || t.normal === 'that' || t.normal === 'not' ? t.normal : t.pos;
}

function lengthBucket(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : n <= 32 ? '17-32' : '33+';
}

/** The speaker as a feature value: none, a pronoun by its form, else the tag of its last word. */
function speakerKind(tokens: readonly DocToken[], s: Phrase | null): string {
  if (!s) return 'none';
  const last = tokens[s.last]!;
  if (last.pos === 'PRON' || last.normal === 'who') return `pron:${last.normal}`;
  if (last.pos === 'PART') return 'possessor';
  return last.pos;
}

/** The speaker's head word (a common noun by its lemma: "officials", "poll", "records"), its first tag and its distance from the cue. */
function speakerWords(tokens: readonly DocToken[], s: Phrase | null, cue: number): string[] {
  if (!s) return [];
  const head = tokens[s.last]!;
  const gap = cue - s.last - 1;
  return [
    `sph:${head.pos === 'NOUN' ? head.lemma : head.pos}`, `spf:${key(tokens[s.first])}`,
    `spl:${lengthBucket(s.last - s.first + 1)}`, `spd:${gap <= 0 ? 0 : gap <= 2 ? 'near' : 'far'}`,
  ];
}

/** The features of a candidate, without its cue rate. */
export function cueFeatures(x: CandidateContext): string[] {
  const { tokens, candidate: c, content } = x;
  const head = tokens[c.head]!;
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  const opener = tokens[content[0]];
  const w = `${c.cls}:${c.word}`;
  const sp = speakerKind(tokens, x.speaker);
  const clausal = x.facts.verbs[content[1] + 1]! - x.facts.verbs[content[0]]! > 0;
  const f = [
    `c:${c.cls}`, `w:${w}`, `form:${c.cls}:${head.normal}`, `t:${c.type}`, `listed:${c.listed}`, `pos:${head.pos}`,
    `p1:${key(prev)}`, `p2:${key(tokens[c.first - 2])}`, `n1:${key(next)}`, `n2:${key(tokens[c.last + 2])}`,
    `w-n1:${w}|${key(next)}`, `w-p1:${w}|${key(prev)}`,
    `open:${key(opener)}`, `w-open:${w}|${key(opener)}`, `gap:${Math.min(3, content[0] - c.last - 1)}`,
    `len:${lengthBucket(content[1] - content[0] + 1)}`, `w-len:${w}|${lengthBucket(content[1] - content[0] + 1)}`, `t-open:${c.type}|${key(opener)}`, `clausal:${clausal}`, `w-clausal:${w}|${clausal}`,
    `to-end:${content[1] === x.lastWord}`,
    `sp:${sp}`, ...speakerWords(tokens, x.speaker, c.first), `src:${x.source}`, `w-src:${w}|${x.source}`, `before:${content[1] < c.first}`, `w-sp:${w}|${sp === 'none' ? 'none' : sp.startsWith('pron') ? 'pron' : sp}`, `spe:${x.speakerEntity ?? 'none'}`,
    `t-spe:${c.type}|${x.speakerEntity ?? 'none'}`,
    `participle:${x.participle}`, `quoted:${x.sentenceQuoted}`, `at:${c.first === 0 ? 'start' : c.first <= 2 ? 'near-start' : 'inside'}`,
  ];
  // Negation or a modal before the cue: "did not say", "would argue".
  for (let i = c.first - 1; i >= Math.max(0, c.first - 3); i--) {
    const t = tokens[i]!;
    if (t.normal === 'not' || t.normal === "n't") pushOnce(f, 'neg');
    else if (MODALS.has(t.normal)) pushOnce(f, 'modal');
    else if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  // What comes before in the sentence: a reporting verb (the candidate is nested in its claim) or a directive.
  if (x.facts.speech[c.first]! > 0) f.push('after-speech');
  if (x.facts.directives[c.first]! > 0) f.push('after-directive');
  return f;
}

/** Every other feature has a prefix of its own: only these two can come twice. */
function pushOnce(f: string[], feature: string): void {
  if (!f.includes(feature)) f.push(feature);
}

/** Cue rate buckets: the share of a word's uses that are cues. */
const RATE_EDGES = [0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8];

/** The cue-rate features of a candidate: its rate's bucket, alone and with its class. */
export function rateFeatures(c: CueCandidate, rate: number | undefined): string[] {
  const b = rate === undefined ? 'none' : String(RATE_EDGES.findIndex((e) => rate < e) === -1 ? RATE_EDGES.length : RATE_EDGES.findIndex((e) => rate < e));
  return [`rate:${b}`, `rate:${c.cls}:${b}`];
}

/** The key a candidate's cue rate is stored under. */
export function rateKey(c: CueCandidate): string {
  return `${c.cls}:${c.word}`;
}
