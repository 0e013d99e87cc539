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

export function isBelief(cue: DocToken | undefined): boolean {
  return cue !== undefined && BELIEF_CUES.has(cue.lemma);
}
