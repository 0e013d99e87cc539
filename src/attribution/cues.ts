/**
 * Cue words: the verbs that attribute speech or thought. The lexicon is mined from PolNeAR's
 * annotated cues (cue-lexicon.generated.ts); the small sets here only sort it by how a cue may be
 * used, which the counts alone cannot say.
 */
import type { DocToken } from '../document/analyse.js';
import { CUE_COUNTS } from './cue-lexicon.generated.js';

/** Cues of thought rather than speech: their claims are beliefs or intentions. */
export const BELIEF_CUES = new Set([
  'think', 'believe', 'hope', 'want', 'expect', 'fear', 'feel', 'plan', 'intend', 'worry', 'wonder',
  'consider', 'know', 'doubt', 'suspect', 'assume', 'wish', 'seek', 'understand',
]);

/**
 * Cues that report speech on their own, with or without "that": "X said the plan failed". Other
 * mined cues ("show", "see", "call") attribute only next to a quotation or before "that".
 */
export const SPEECH_CUES = new Set([
  'say', 'tell', 'add', 'argue', 'claim', 'insist', 'warn', 'write', 'note', 'report', 'announce',
  'explain', 'acknowledge', 'admit', 'deny', 'suggest', 'predict', 'promise', 'vow', 'declare', 'state',
  'contend', 'maintain', 'allege', 'assert', 'testify', 'tweet', 'confirm', 'believe', 'think', 'reply',
  'respond', 'complain', 'concede', 'stress', 'emphasize', 'recall', 'estimate',
  'hope', 'fear', 'expect', 'speculate', 'caution', 'charge', 'counter', 'posit', 'observe', 'remark',
  'intend', 'plan', 'want', 'doubt', 'suspect', 'wonder',
]);

/** Verbs whose cues often sit in "said" position but are rare in any corpus; kept for quotes only. */
const EXTRA_QUOTE_CUES = ['quote', 'cite', 'quip', 'joke', 'shout', 'scream', 'whisper', 'muse', 'retort', 'snap', 'exclaim', 'plead', 'demand', 'beg', 'continue', 'conclude', 'summarize', 'concur', 'proclaim', 'opine'];

const QUOTE_CUES = new Set([...Object.keys(CUE_COUNTS), ...EXTRA_QUOTE_CUES, ...SPEECH_CUES]);

/** A verb that can attribute a quotation next to it. */
export function isQuoteCue(t: DocToken): boolean {
  return t.pos === 'VERB' && QUOTE_CUES.has(t.lemma) && !NON_CUE_FORMS.has(t.normal);
}

/** A verb that reports speech without quotation marks, given what follows it. */
export function isSpeechCue(t: DocToken, next: DocToken | undefined): boolean {
  if (t.pos !== 'VERB' || NON_CUE_FORMS.has(t.normal)) return false;
  if (SPEECH_CUES.has(t.lemma)) return true;
  return next?.normal === 'that' && QUOTE_CUES.has(t.lemma);
}

/** Forms that look like cues but in news are nearly always something else ("called", "known as"). */
const NON_CUE_FORMS = new Set(['known', 'named', 'titled', 'dubbed', 'entitled']);

export function isBelief(cue: DocToken | undefined): boolean {
  return cue !== undefined && BELIEF_CUES.has(cue.lemma);
}
