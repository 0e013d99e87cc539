/**
 * Cue words: the verbs that attribute speech or thought. The lexicon and each verb's cue rate are
 * mined from PolNeAR's annotated cues (cue-lexicon.generated.ts); the small sets here only say what
 * the counts cannot: which cues report thought rather than speech.
 */
import type { DocToken } from '../document/analyse.js';
import { CUE_VERBS } from './cue-lexicon.generated.js';

/** Cues of thought rather than speech: their claims are beliefs or intentions. */
export const BELIEF_CUES = new Set([
  'think', 'believe', 'hope', 'want', 'expect', 'fear', 'feel', 'plan', 'intend', 'worry', 'wonder',
  'consider', 'know', 'doubt', 'suspect', 'assume', 'wish', 'seek', 'understand',
]);

/**
 * A verb attributes on its own, with no quotation marks near, when at least this share of its uses
 * in annotated news are cues ("say" 0.84, "accuse" 0.65) — not "make" (0.06) or "see" (0.14).
 */
const REPORT_RATE = 0.3;

/** Speech verbs too rare in the mined data to have a rate, but unambiguous. */
const RARE_SPEECH = ['quip', 'joke', 'shout', 'scream', 'whisper', 'muse', 'retort', 'exclaim', 'plead', 'concur', 'proclaim', 'opine', 'quote', 'stress', 'emphasize', 'assert', 'contend', 'allege', 'testify', 'vow', 'pledge', 'insist', 'warn', 'deny', 'confirm', 'admit', 'concede', 'predict', 'speculate', 'caution', 'reply', 'respond', 'remark', 'declare', 'state', 'explain', 'claim'];

const QUOTE_CUES = new Set([...Object.keys(CUE_VERBS), ...RARE_SPEECH]);
const REPORT_CUES = new Set([...Object.entries(CUE_VERBS).filter(([, [, rate]]) => rate >= REPORT_RATE).map(([lemma]) => lemma), ...RARE_SPEECH]);

/** Forms that look like cues but in news are nearly always something else ("called", "known as"). */
const NON_CUE_FORMS = new Set(['known', 'named', 'titled', 'dubbed', 'entitled', 'according']);

/** A verb that can attribute a quotation next to it. */
export function isQuoteCue(t: DocToken): boolean {
  return t.pos === 'VERB' && QUOTE_CUES.has(t.lemma) && !NON_CUE_FORMS.has(t.normal);
}

/** A verb that reports speech or thought without quotation marks. */
export function isReportCue(t: DocToken): boolean {
  return t.pos === 'VERB' && !NON_CUE_FORMS.has(t.normal) && (REPORT_CUES.has(t.lemma) || BELIEF_CUES.has(t.lemma));
}

/**
 * Any mined cue verb reports a claim when a "that" clause follows it, within a few words ("found
 * that", "agreed Saturday that"): the clause is what was found or agreed.
 */
export function isCueBeforeThat(tokens: readonly DocToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || !QUOTE_CUES.has(t.lemma) || NON_CUE_FORMS.has(t.normal)) return false;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++) {
    if (tokens[j]!.normal === 'that') return true;
    if (!['ADV', 'PROPN', 'NOUN', 'NUM'].includes(tokens[j]!.pos)) return false;
  }
  return false;
}

/** "made the point that", "made clear", "issued a statement": a light verb and its noun attribute together. */
const LIGHT_VERBS = /^(make|issue|give|offer|release|deliver|raise|voice|express)$/;
const LIGHT_NOUNS = /^(point|case|argument|claim|statement|remarks?|comments?|speech|announcement|assessment|prediction|promise|pledge|clear|plea|warning|concerns?|doubts?|objections?)$/;

/** Is tokens[k] a cue standing before what it attributes? A reliable cue verb or a light-verb phrase. */
export function cueBefore(tokens: readonly DocToken[], k: number): { last: number } | null {
  const t = tokens[k]!;
  if (isReportCue(t)) return { last: k };
  // "As Milbank puts it, "..."": "put it" is a quoting frame, though "put" alone rarely attributes.
  if (t.pos === 'VERB' && t.lemma === 'put' && tokens[k + 1]?.normal === 'it') return { last: k + 1 };
  if (t.pos !== 'VERB' || !LIGHT_VERBS.test(t.lemma)) return null;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++) {
    if (LIGHT_NOUNS.test(tokens[j]!.normal)) return { last: j };
    if (!['DET', 'ADJ', 'PRON'].includes(tokens[j]!.pos)) return null;
  }
  return null;
}

/** Verbs that head a cue in most of their uses (rate >= 0.6: say, tell, write, add, note, argue...). */
const STRONG_RATE = 0.6;

/** A verb that nearly always reports speech: it outranks a weaker cue nested in its complement. */
export function isStrongSpeechCue(t: DocToken): boolean {
  const entry = CUE_VERBS[t.lemma];
  return t.pos === 'VERB' && entry !== undefined && entry[1] >= STRONG_RATE && !BELIEF_CUES.has(t.lemma);
}

export function isBelief(cue: DocToken | undefined): boolean {
  return cue !== undefined && BELIEF_CUES.has(cue.lemma);
}
