/**
 * Who a cue noun belongs to: the possessor ("Clinton's criticism of", "her argument that"), the
 * agent after it ("a demand by Pelosi that", "criticism from Democrats"), or, for a noun that
 * describes its subject ("Gillibrand, a supporter of Clinton", "Smith is a critic of the plan"), that
 * subject. Verbs, adjectives and light-verb frames find their speaker as reporting verbs do
 * (reported-speech.ts); nouns have no subject of their own, so they need this.
 */
import type { DocToken } from '../document/analyse.js';
import type { CueCandidate } from './cue-candidates.js';
import { clauseSubject, phraseAfter, phraseBefore, subjectBefore, type Phrase } from './noun-phrase.js';

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Words between a possessor and its noun: "her [persistent] criticism", "Trump's [latest] claims". */
const MODIFIERS = new Set(['ADJ', 'ADV', 'NUM', 'NOUN']);
const MAX_MODIFIERS = 3;

export interface NounSpeaker {
  speaker: Phrase;
  /** The speaker is written after the cue ("a demand by Pelosi"): the content starts after it. */
  after: boolean;
}

/** The speaker of a noun cue, or null when the sentence does not give one. */
export function nounSpeaker(tokens: readonly DocToken[], c: CueCandidate): NounSpeaker | null {
  const list = tokens as DocToken[];
  let j = c.head - 1;
  for (let n = 0; n < MAX_MODIFIERS && j >= 0 && MODIFIERS.has(tokens[j]!.pos) && !POSSESSIVE_PRONOUNS.has(tokens[j]!.normal); n++) j--;
  const before = tokens[j];
  if (before && POSSESSIVE_PRONOUNS.has(before.normal)) return { speaker: { first: j, last: j }, after: false };
  if (before && before.pos === 'PART' && /^['\u2019]s?$/.test(before.normal)) {
    const owner = phraseBefore(list, j - 1);
    if (owner) return { speaker: { first: owner.first, last: j }, after: false };
  }
  // "a demand, by Pelosi, that ...", "criticism from Democrats".
  let k = c.head + 1;
  if (tokens[k]?.normal === ',') k++;
  if (tokens[k]?.normal === 'by' || tokens[k]?.normal === 'from') {
    const agent = phraseAfter(list, k + 1);
    if (agent) return { speaker: agent, after: true };
  }
  if (c.cls !== 'agent-noun') return null;
  // "Gillibrand, a supporter of Clinton": the apposition's name.
  const det = before?.pos === 'DET' ? j : j + 1;
  const lead = tokens[det - 1];
  if (lead?.normal === ',') {
    const name = phraseBefore(list, det - 2);
    return name ? { speaker: name, after: false } : null;
  }
  // "Smith is a critic of the plan": the copula's subject.
  let s = det - 1;
  while (s >= 0 && (tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'PART')) s--;
  if (s < det - 1 && tokens[det - 1]!.pos === 'AUX') {
    const subject = subjectBefore(list, s);
    return subject ? { speaker: subject, after: false } : null;
  }
  return null;
}

/** The entity type named inside a stretch of text (the resolution stage's index answers it: ReferenceIndex.nameTypeIn). */
export type MentionTypes = (start: number, end: number) => string | null;

/**
 * A speaker for a verb cue whose subject the usual reading misses: the subject of its clause, read
 * from the sentence's start ("But the star journalist, who is promoting his book, downplayed ...",
 * "Mr. Putin forecast that ... and praised ..."). Less sure than a subject next to the cue, so the
 * classifier is told when this is where the speaker came from.
 */
export function clauseSpeaker(tokens: readonly DocToken[], cue: number, before: number): Phrase | null {
  // "those who said", "records, which showed": the relative pronoun stands for its noun, as annotators mark it.
  if (before >= 1 && RELATIVE_PRONOUNS.has(tokens[before]?.normal ?? '')) return { first: before, last: before };
  const np = clauseSubject(tokens as DocToken[], cue);
  return np && np.last < cue ? np : null;
}
