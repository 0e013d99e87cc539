/**
 * The content of a reported claim: the clause its cue governs. It starts after the cue, past what
 * belongs to neither cue nor claim (the addressee of "told reporters", a setting such as "in a
 * statement", a time before "that"), and ends where the clause does: at a boundary of the named
 * list below, or at the sentence end. It never starts inside quotation marks, never runs into a
 * quotation it does not hold whole, and never holds the cue's own subject (that stands before the
 * cue, or, for "a demand by X that ...", the content starts after X).
 *
 * Boundaries do not depend on the cue, so they are found once per sentence, from its end backwards:
 * the end of any candidate's clause is one look-up, and a sentence costs time linear in its length.
 */
import type { DocToken } from '../document/analyse.js';
import { ADDRESSEE_VERBS, CUE_VERB_TYPES } from './cue-words.js';
import type { CueCandidate } from './cue-candidates.js';
import { phraseAfter, settingEnd, type Phrase } from './noun-phrase.js';

/** A clause boundary rule: does the clause end before token i (token i is not part of it)? */
interface BoundaryRule {
  name: string;
  test(tokens: readonly DocToken[], i: number): boolean;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'so']);

/** A reporting verb of speech: "said", "added", "told". */
const isSpeechVerb = (t: DocToken | undefined): boolean => t !== undefined && t.pos === 'VERB' && CUE_VERB_TYPES.get(t.lemma) === 'statement';

/** The next token after i that is not an adverb, an auxiliary or "not": "but did not recommend". */
function afterAdverbs(tokens: readonly DocToken[], i: number): DocToken | undefined {
  let j = i;
  while (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'PART') j++;
  return tokens[j];
}

/** Words that open a subordinate or relative clause: "..., while Clinton ...", "..., which ...". */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'because', 'whereas', 'unless', 'which', 'who', 'when', 'after', 'before', 'since', 'as', 'even', 'if']);

/** Where a clause ends, in the order they are checked; each was kept because it gained on PolNeAR's dev set in cross-validation. */
export const BOUNDARY_RULES: readonly BoundaryRule[] = [
  // "it works; every user ...": a second statement.
  { name: 'semicolon', test: (tokens, i) => tokens[i]!.normal === ';' },
  // "..., adding that ...", "..., appearing to rely on ...": a participle opens a clause of its own.
  { name: 'participle', test: (tokens, i) => tokens[i]!.normal === ',' && tokens[i + 1]?.pos === 'VERB' && /ing$/.test(tokens[i + 1]!.normal) },
  // "..., and he railed against ...": a new clause with its own subject.
  {
    name: 'new-subject',
    test: (tokens, i) => tokens[i]!.normal === ',' && COORDINATORS.has(tokens[i + 1]?.normal ?? '') && SUBJECT_PRONOUNS.has(tokens[i + 2]?.normal ?? ''),
  },
  // "... and said that ...", "... but added ...": the same subject reports again.
  { name: 'second-cue', test: (tokens, i) => COORDINATORS.has(tokens[i]!.normal) && tokens[i]!.pos === 'CCONJ' && isSpeechVerb(afterAdverbs(tokens, i + 1)) },
  // "..., according to aides."
  { name: 'according-to', test: (tokens, i) => tokens[i]!.normal === ',' && tokens[i + 1]?.normal === 'according' && tokens[i + 2]?.normal === 'to' },
  // "..., while Clinton slammed ...", "..., which an investigation said ...": a subordinate clause after a comma.
  { name: 'comma-subordinate', test: (tokens, i) => tokens[i]!.normal === ',' && SUBORDINATORS.has(tokens[i + 1]?.normal ?? '') },
];

/** A sentence as the content rules read it: its tokens and what was found of them once. */
export interface SentenceView {
  tokens: readonly DocToken[];
  /** quoted[i] = 1 when token i is inside quotation marks. */
  quoted: Uint8Array;
  /** Index of the last token that is not closing punctuation. */
  lastWord: number;
  /** stops[i]: the first clause boundary at or after token i (see clauseStops). */
  stops: Int32Array;
  /** commas[i]: the first comma outside quotation marks at or after token i, or the token count. */
  commas: Int32Array;
  /** verbs[i]: verbs and auxiliaries among tokens [0, i). */
  verbs: Int32Array;
}

/**
 * For every token i of a sentence, the index of the first boundary at or after i (tokens.length
 * when there is none). Tokens inside quotation marks (`quoted[i]`) are never boundaries: what is
 * quoted is the quote's. `hard[i]` = 1 marks a boundary the tokens cannot show: a line break before
 * token i (a headline run into its story), or a dash.
 */
export function clauseStops(tokens: readonly DocToken[], quoted: Uint8Array, hard: Uint8Array): Int32Array {
  const stops = new Int32Array(tokens.length + 1);
  stops[tokens.length] = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    stops[i] = !quoted[i] && (hard[i] === 1 || (mayBound(tokens[i]!) && BOUNDARY_RULES.some((r) => r.test(tokens, i)))) ? i : stops[i + 1]!;
  }
  return stops;
}

/** Every boundary rule fires on a semicolon, a comma or a coordinator: other tokens are not tried. */
const mayBound = (t: DocToken): boolean => t.normal === ',' || t.normal === ';' || COORDINATORS.has(t.normal);

/** For every token i, the first comma outside quotation marks at or after it. */
export function nextCommas(tokens: readonly DocToken[], quoted: Uint8Array): Int32Array {
  const out = new Int32Array(tokens.length + 1);
  out[tokens.length] = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) out[i] = tokens[i]!.normal === ',' && !quoted[i] ? i : out[i + 1]!;
  return out;
}

/** Words that open a clause after the addressee: "told reporters [that ...]", "told him [the plan ...]", "urged them [not to ...]". */
const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'SCONJ', 'PART']);

/** Prepositions a verb takes its content after, written into the cue as PolNeAR does: "called for", "asked about", "railed against". */
const VERB_PREPOSITIONS = new Set(['for', 'about', 'against', 'of', 'to', 'with', 'at', 'on', 'over', 'into', 'from', 'toward', 'towards']);

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

/** Words that open a clause rather than a noun phrase: "that ...", "to ...", "whether ...", "how ...". */
const CLAUSAL_OPENERS = new Set(['that', 'to', 'whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);

/** Where a cue's content lies, and where the cue itself ends once it takes a preposition along. */
export interface ContentRange {
  from: number;
  to: number;
  /** The cue's last token: the candidate's, or the preposition after it ("called for"). */
  cueLast: number;
}

/**
 * The token range [from, to] of the clause cue `c` governs, or null when it has none. `speakerAfter`:
 * a speaker written after the cue ("a demand by Pelosi that ..."), which the content must follow.
 */
export function contentRange(v: SentenceView, c: CueCandidate, speakerAfter: Phrase | null): ContentRange | null {
  const { tokens, quoted, lastWord } = v;
  let cueLast = c.last;
  let from = c.last + 1;
  if (speakerAfter && speakerAfter.first > c.last) from = speakerAfter.last + 1;
  if (c.cls === 'verb' || c.cls === 'light-verb') {
    from = pastSetting(tokens, c, from, lastWord);
    // "distanced himself from", "called for", "railed against": the preposition is the cue's.
    if (from === cueLast + 1 && REFLEXIVES.has(tokens[from]?.normal ?? '')) cueLast = from++;
    if (from === cueLast + 1 && tokens[from]?.pos === 'ADP' && VERB_PREPOSITIONS.has(tokens[from]!.normal)) cueLast = from++;
  }
  // Time words between the cue and its clause belong to neither: "agreed Saturday that ...".
  while (from < lastWord && tokens[from + 1]?.normal === 'that' && ['PROPN', 'NOUN', 'ADV', 'NUM'].includes(tokens[from]!.pos)) from++;
  // "said: ...", "said, however, that": punctuation right after the cue opens nothing.
  while (from <= lastWord && (tokens[from]!.normal === ':' || tokens[from]!.normal === ',')) from++;
  if (from > lastWord || quoted[from]) return null;
  let to = Math.min(lastWord, v.stops[from]! - 1);
  // A noun phrase ("criticized Clinton's email use, which ...") does not run over a comma; a clause may.
  const comma = v.commas[from]!;
  if (comma <= to && !CLAUSAL_OPENERS.has(tokens[from]!.normal) && v.verbs[comma]! - v.verbs[from]! === 0) to = comma - 1;
  while (to >= from && tokens[to]!.pos === 'PUNCT' && !quoted[to]) to--;
  // A quotation that runs on past the clause is not cut: the content stops before it opens.
  if (to < lastWord && quoted[to] && quoted[to + 1]) {
    while (to >= from && quoted[to]) to--;
    while (to >= from && tokens[to]!.pos === 'PUNCT') to--;
  }
  // "The senator's claim that the budget was balanced drew ridicule": a noun that is the sentence's
  // subject governs its clause only up to the sentence's own verb.
  if ((c.cls === 'noun' || c.cls === 'agent-noun') && v.verbs[c.first] === 0) to = beforeOuterVerb(tokens, from, to);
  // "told the story again": past the addressee, adverbs alone are no claim; nor is a pronoun
  // alone ("had expected that"), which stands for a claim made elsewhere.
  if (to < from || onlyAdverbs(tokens, from, to) || (to === from && LONE_WORD_TAGS.has(tokens[from]!.pos))) return null;
  return { from, to, cueLast };
}

/**
 * The content's last token before the verb of the sentence around it, or `to` when there is none.
 * A clause ("that the budget was balanced | drew ridicule", "to cut taxes | helped him win") keeps
 * its own predicate (auxiliaries, then a verb or, after a copula, an adjective); a noun phrase
 * ("criticism of the contract | grew louder") has none. The sentence's verb is the next verb or
 * auxiliary after a noun, number or adjective (after "it", "that" or "to" a verb is the clause's own).
 */
export function beforeOuterVerb(tokens: readonly DocToken[], from: number, to: number): number {
  let j = from;
  if (CLAUSAL_OPENERS.has(tokens[from]!.normal)) {
    while (j <= to && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') j++;
    while (j <= to && tokens[j]!.pos === 'AUX') j++;
    if (j <= to && (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'ADJ')) j++;
  }
  for (let k = Math.max(j, from + 1); k <= to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!.pos;
    // "that the market would recover | proved costly": a verb right after the predicate's verb.
    if ((t.pos === 'VERB' || t.pos === 'AUX') && (OUTER_VERB_AFTER.has(prev) || (k === j && prev === 'VERB' && t.pos === 'VERB'))) return k - 1;
  }
  return to;
}

/** Tags after which a verb belongs to the sentence, not to the content: the content's last noun, number or adjective. */
const OUTER_VERB_AFTER = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/** Tags of a one-word content that only points at a claim: "that", "this", "it". */
const LONE_WORD_TAGS = new Set(['PRON', 'DET', 'SCONJ']);

/** Tags that say nothing on their own: content made only of these is no claim. */
const EMPTY_TAGS = new Set(['ADV', 'PUNCT', 'ADP', 'PART']);

function onlyAdverbs(tokens: readonly DocToken[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!EMPTY_TAGS.has(tokens[i]!.pos)) return false;
  return true;
}

/**
 * "..., the poll found.", "..., they argue.": a cue with nothing after it, whose subject follows a
 * comma, reports the clause before that comma.
 */
export function contentBefore(v: SentenceView, c: CueCandidate, speaker: Phrase): ContentRange | null {
  const { tokens } = v;
  if (c.last < v.lastWord || tokens[speaker.first - 1]?.normal !== ',' || speaker.first < 3) return null;
  let from = 0;
  while (from < speaker.first && tokens[from]!.pos === 'PUNCT' && !v.quoted[from]) from++;
  let to = speaker.first - 2;
  while (to > from && tokens[to]!.pos === 'PUNCT' && !v.quoted[to]) to--;
  return to > from ? { from, to, cueLast: c.last } : null;
}

/** Past the addressee ("told reporters", "reminds us of") and a setting ("said in a statement"). */
function pastSetting(tokens: readonly DocToken[], c: CueCandidate, from: number, lastWord: number): number {
  const head = tokens[c.head]!;
  if (ADDRESSEE_VERBS.has(head.lemma)) {
    const np = phraseAfter(tokens as DocToken[], from);
    const next = np ? tokens[np.last + 1] : undefined;
    // "reminds us of how it works": the addressee, then what they are told, after "of" or "about".
    if (np && next && (next.normal === 'of' || next.normal === 'about') && tokens[np.first]!.pos === 'PRON') return np.last + 2;
    if (np && next && (next.normal === 'that' || CLAUSE_OPENERS.has(next.pos) || head.lemma === 'tell')) return np.last + 1;
  }
  const setting = settingEnd(tokens as DocToken[], c.last);
  if (setting > c.last && setting < lastWord) {
    const next = tokens[setting + 1]!;
    // Only a setting before a clause: "focused on the economy" has its content in the phrase.
    if (next.normal === 'that' || next.normal === ',' || next.normal === ':' || CLAUSE_OPENERS.has(next.pos)) return setting + 1;
  }
  return from;
}
