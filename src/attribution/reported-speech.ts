/**
 * Reported (indirect) speech: claims with no quotation marks, read off each sentence's tokens.
 *   According to X, CLAUSE.   CLAUSE, according to X.
 *   CLAUSE, X said.   CLAUSE, said X.   CLAUSE reported X.   A, X said, B.
 *   X (also) CUE (in a statement) (that) COMPLEMENT (, adding that COMPLEMENT)
 * A cue's content runs from its complement, with its "that" as PolNeAR marks it, to the end of its clause. A claim nested in another
 * ("Aides said Obama wants to ...") is kept when its speaker differs.
 */
import { sentenceAt, sentenceTokens, spanOf, type AnalysedDocument, type DocToken } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { Claim, ReportedClaimRule, Span } from '../types.js';
import { EVIDENCE_CONFIDENCE } from '../claims/quote-claims.js';
import { isBelief, isCueBeforeThat, isQuoteCue, isReportCue } from './cues.js';
import { phraseAfter, phraseBefore, settingEnd, subjectBefore, type Phrase } from './noun-phrase.js';
import { referenceIndex, type ReferenceIndex } from '../resolution/lookup.js';

const MIN_CONTENT_TOKENS = 2;
/** Verbs whose complement is what someone is told to do, not something claimed. */
const DIRECTIVES = /^(demand|ask|urge|request|order|require|compel|force|call|want|press|push)$/;
const PARTICIPLES = /^(adding|saying|noting|arguing|insisting|warning|claiming|explaining|calling|suggesting)$/;

interface Found {
  speaker: Phrase;
  cue: [number, number];
  content: [number, number];
  rule: ReportedClaimRule;
}

export const reportedSpeechClaims: Refiner = {
  name: 'reported-speech',
  refine(doc, items) {
    const index = referenceIndex(doc, items);
    // Quote contents and cues by the sentences they touch: a sentence checks only its own.
    const quoted = bySentence(doc, items.claims.map((c) => c.content));
    const quoteCues = bySentence(doc, items.quotes.flatMap((q) => (q.cue ? [q.cue] : [])));
    const claims: Claim[] = [];
    for (const sentence of doc.sentences) {
      const tokens = sentenceTokens(doc, sentence.index);
      for (const f of findReported(tokens)) {
        // A cue that already attributes a quotation does not report a second claim.
        const cueAt = tokens[f.cue[0]]!.start;
        if (quoteCues.get(sentence.index)?.some((c) => cueAt >= c.start && cueAt < c.end)) continue;
        const claim = toClaim(doc, tokens, f, index);
        if (quoted.get(sentence.index)?.some((t) => overlap(t, claim.content) > 0.5)) continue;
        claims.push(claim);
      }
    }
    return { ...items, claims: [...items.claims, ...claims] };
  },
};

/** Spans grouped by the index of every sentence they overlap (or sit in, for an empty span). */
function bySentence(doc: AnalysedDocument, spans: Array<{ start: number; end: number }>): Map<number, Array<{ start: number; end: number }>> {
  const out = new Map<number, Array<{ start: number; end: number }>>();
  for (const s of spans) {
    const first = sentenceAt(doc, s.start)?.index ?? firstSentenceAfter(doc, s.start);
    for (let i = first; i < doc.sentences.length && (doc.sentences[i]!.start < s.end || i === first); i++) {
      const list = out.get(i) ?? [];
      list.push(s);
      out.set(i, list);
    }
  }
  return out;
}

/** Index of the first sentence that ends after `at` (offsets are whole numbers: end > at is end >= at + 1). */
function firstSentenceAfter(doc: AnalysedDocument, at: number): number {
  return doc.sentenceIndex.firstEndingAfter(at);
}

export function findReported(tokens: DocToken[]): Found[] {
  const end = lastWord(tokens);
  if (end < MIN_CONTENT_TOKENS) return [];
  const according = accordingTo(tokens, end);
  if (according) return [according];
  const framed = inverted(tokens, end) ?? parenthetical(tokens, end);
  const out: Found[] = framed ? [framed] : [];
  const used = new Set(framed ? [framed.cue[0]] : []);
  let directive = -1;
  for (let k = 1; k <= end; k++) {
    const t = tokens[k]!;
    // What someone is asked or made to do is not a claim: "demanded that the network reveal ...".
    if (directive >= 0) break;
    // wink tags "that demands it" as a noun; after a relative pronoun it is the verb.
    const verbal = t.pos === 'VERB' || (t.pos === 'NOUN' && /^(that|which|who)$/.test(tokens[k - 1]!.normal));
    if (verbal && DIRECTIVES.test(t.lemma)) directive = k;
    if (used.has(k) || !(isReportCue(t) || isCueBeforeThat(tokens, k)) || isPassive(tokens, k)) continue;
    let j = k - 1;
    while (j >= 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART')) j--;
    // "..., even suggesting he may have been sabotaged": a participle speaks for the sentence's subject.
    const participle = PARTICIPLES.test(t.normal) || (/ing$/.test(t.normal) && tokens[j]?.normal === ',');
    if (participle && tokens[j]?.normal !== ',') continue;
    const np = participle ? phraseAfter(tokens, 0) : subjectBefore(tokens, j);
    if (!np || np.last >= k || modifiesNoun(tokens, np, j)) continue;
    let from = settingEnd(tokens, k) + 1;
    if (tokens[k]!.lemma === 'tell') from = (phraseAfter(tokens, from)?.last ?? from - 1) + 1;
    // Time words between the cue and its clause belong to neither: "agreed Saturday that ...".
    while (from < end && tokens[from + 1]?.normal === 'that' && ['PROPN', 'NOUN', 'ADV', 'NUM'].includes(tokens[from]!.pos)) from++;
    const stop = clauseStop(tokens, from, end);
    out.push({ speaker: np, cue: [k, k], content: [from, stop.last], rule: 'reported:cue' });
    if (stop.participle !== null) {
      out.push({ speaker: np, cue: [stop.participle, stop.participle], content: [stop.participle + 1, end], rule: 'reported:participle' });
      used.add(stop.participle);
    }
  }
  return out.filter((f) => f.content[1] - f.content[0] + 1 >= MIN_CONTENT_TOKENS);
}

/** According to X, CLAUSE.  /  CLAUSE, according to X. */
function accordingTo(tokens: DocToken[], end: number): Found | null {
  const at = tokens.findIndex((t, i) => t.normal === 'according' && tokens[i + 1]?.normal === 'to');
  if (at < 0) return null;
  const np = phraseAfter(tokens, at + 2);
  if (!np) return null;
  if (at <= 1 && tokens[np.last + 1]?.normal === ',') return { speaker: np, cue: [at, at + 1], content: [np.last + 2, end], rule: 'reported:according-to' };
  if (at > 1 && tokens[at - 1]?.normal === ',') return { speaker: np, cue: [at, at + 1], content: [0, at - 2], rule: 'reported:according-to' };
  return null;
}

/** CLAUSE, X said.  CLAUSE, said X.  CLAUSE reported X. */
function inverted(tokens: DocToken[], end: number): Found | null {
  for (let k = Math.max(1, end - 8); k <= end; k++) {
    const t = tokens[k]!;
    if (!isQuoteCue(t) || !/^(said|says|reported|reports|wrote|writes|added|adds|told|noted|notes|argued|argues|claimed|claims|warned|insisted)$/.test(t.normal)) continue;
    const after = phraseAfter(tokens, k + 1);
    if (after && after.last >= end - 1 && k >= MIN_CONTENT_TOKENS + 1) {
      const stop = tokens[k - 1]!.normal === ',' ? k - 2 : k - 1;
      return { speaker: after, cue: [k, k], content: [0, stop], rule: 'reported:inverted' };
    }
    const before = phraseBefore(tokens, k - 1);
    if (before && k === end && tokens[before.first - 1]?.normal === ',' && before.first - 2 >= MIN_CONTENT_TOKENS) {
      return { speaker: before, cue: [k, k], content: [0, before.first - 2], rule: 'reported:inverted' };
    }
  }
  return null;
}

/** The museum, Mr. Obama said, would make visitors face hard truths: the whole sentence is the claim. */
function parenthetical(tokens: DocToken[], end: number): Found | null {
  for (let k = 2; k < end; k++) {
    if (!isQuoteCue(tokens[k]!) || tokens[k + 1]?.normal !== ',') continue;
    const np = phraseBefore(tokens, k - 1);
    if (np && tokens[np.first - 1]?.normal === ',' && np.first >= 2) return { speaker: np, cue: [k, k], content: [0, end], rule: 'reported:parenthetical' };
  }
  return null;
}

/** Where the cue's clause ends: the sentence end, or before ", adding that ..." or "; ...". */
function clauseStop(tokens: DocToken[], from: number, end: number): { last: number; participle: number | null } {
  // From the first token: "the company said, adding that ..." has the participle right after the cue.
  for (let i = from; i < end; i++) {
    if (tokens[i]!.normal === ';') return { last: i - 1, participle: null };
    if (tokens[i]!.normal === ',' && PARTICIPLES.test(tokens[i + 1]?.normal ?? '')) return { last: i - 1, participle: i + 1 };
  }
  return { last: end, participle: null };
}

/** "employees at the agency opposed to ...": a participle after a prepositional phrase modifies its noun. */
function modifiesNoun(tokens: DocToken[], np: Phrase, j: number): boolean {
  if (j !== np.last || !/ed$/.test(tokens[j + 1]?.normal ?? '')) return false;
  let i = np.first - 1;
  while (i >= 0 && ['PROPN', 'NOUN', 'CCONJ', 'DET', 'ADJ'].includes(tokens[i]!.pos)) i--;
  return tokens[i]?.pos === 'ADP';
}

/** "was asked", "is expected": the subject is not the source. */
function isPassive(tokens: DocToken[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && prev.pos === 'AUX' && prev.lemma === 'be' && /ed$/.test(tokens[k]!.normal);
}

/** Index of the last token that is not closing punctuation. */
function lastWord(tokens: DocToken[]): number {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.pos === 'PUNCT') i--;
  return i;
}

function toClaim(doc: AnalysedDocument, tokens: DocToken[], f: Found, index: ReferenceIndex): Claim {
  const at = (a: number, b: number): Span => spanOf(doc, tokens[a]!.start, tokens[b]!.end);
  // The resolution stage's answer for the speaker phrase: the same whichever step asks.
  const speaker = index.speaker(tokens[f.speaker.first]!.start, tokens[f.speaker.last]!.end);
  const evidence = f.rule === 'reported:according-to' ? 'according-to' : speaker.evidence;
  const confidence = Math.min(EVIDENCE_CONFIDENCE[speaker.evidence], 0.8) - (f.rule === 'reported:cue' ? 0.1 : 0);
  return {
    kind: 'claim', id: '', type: isBelief(tokens[f.cue[0]]) ? 'belief' : 'statement', source: 'reported',
    speaker: { ...speaker, evidence },
    cue: at(f.cue[0], f.cue[1]), content: at(f.content[0], f.content[1]), quote: null, entities: [], dates: [],
    confidence: Math.round(confidence * 100) / 100, rule: f.rule,
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}
