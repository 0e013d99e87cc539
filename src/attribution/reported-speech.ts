/**
 * Reported (indirect) speech: claims with no quotation marks, read off each sentence's tokens.
 * Fixed rules, kept as they are:
 *   According to X, CLAUSE.   CLAUSE, according to X.
 *   CLAUSE, X said.   CLAUSE, said X.   CLAUSE reported X.   A, X said, B.
 * and, for every other candidate cue of the sentence (cue-candidates.ts: verbs, cue nouns and
 * adjectives, light-verb frames), a claim built from the cue, its speaker and the clause it governs
 * (content-bounds.ts), which the cue classifier (cue-model.ts) keeps or drops:
 *   X (also) CUE (in a statement) (that) COMPLEMENT (, adding that COMPLEMENT)
 *   X was critical of Y.   X's criticism of Y.   X made mention of Y.
 * A claim nested in another ("Aides said Obama wants to ...") is kept when the classifier keeps it.
 */
import { sentenceAt, sentenceTokens, spanOf, type AnalysedDocument, type DocToken } from '../document/analyse.js';
import type { Items, Refiner } from '../pipeline.js';
import type { ClaimType, ReportedClaim, ReportedClaimRule, Span } from '../types.js';
import { EVIDENCE_CONFIDENCE } from '../claims/quote-claims.js';
import { NARRATIVE_CONFIDENCE } from '../claims/narrative-claims.js';
import { referenceIndex, type ReferenceIndex } from '../resolution/lookup.js';
import { isQuoteCue } from './cues.js';
import { openingQuantifier, phraseAfter, phraseBefore, subjectBefore, type Phrase } from './noun-phrase.js';
import { cueCandidates, type CueCandidate } from './cue-candidates.js';
import { clauseStops, contentBefore, contentRange, nextCommas, type ContentRange, type SentenceView } from './content-bounds.js';
import { cueFeatures, rateFeatures, rateKey, sentenceFacts, type SentenceFacts, type SpeakerSource } from './cue-features.js';
import { defaultCueModel, type CueModel } from './cue-model.js';
import { clauseSpeaker, nounSpeaker, type MentionTypes } from './cue-speaker.js';
import { DIRECTIVE_VERBS } from './cue-words.js';

const MIN_CONTENT_TOKENS = 2;
const PARTICIPLES = /^(adding|saying|noting|arguing|insisting|warning|claiming|explaining|calling|suggesting)$/;

interface Found {
  speaker: Phrase;
  cue: [number, number];
  content: [number, number];
  rule: ReportedClaimRule;
  type: ClaimType;
  /** The candidate cue, or null for a fixed rule. */
  candidate: CueCandidate | null;
  /** The classifier's features, or null for a fixed rule. */
  features: string[] | null;
}

/** What findReported needs beyond the tokens: which are quoted, and what the speaker's words name. */
export interface SentenceContext {
  /** quoted[i] is 1 when token i is inside quotation marks. */
  quoted: Uint8Array;
  /** hard[i] is 1 when a line break or a dash stands at token i: a clause boundary the tags do not show. */
  hard: Uint8Array;
  entityType: MentionTypes;
}

/** One reported claim the sentence may hold, with what the cue classifier reads of it. */
export interface ReportedCandidate {
  claim: ReportedClaim;
  /** Made by a fixed rule (according to, inverted, parenthetical): kept whatever the classifier says. */
  fixed: boolean;
  /** The classifier's features, without the cue rate; empty for a fixed rule. */
  features: string[];
  /** Where the cue rate is looked up (rateKey), or null for a fixed rule. */
  rateKey: string | null;
  /** The classifier's probability that the claim is attributed; 1 for a fixed rule. */
  probability: number;
}

/** The reported-speech step with a given cue classifier (the trainer passes its own; extract uses the shipped one). */
export function makeReportedSpeech(model: CueModel): Refiner {
  return {
    name: 'reported-speech',
    refine(doc, items) {
      const claims = keepReported(reportedCandidates(doc, items, model), model.threshold).map((c) => c.claim);
      return { ...items, claims: [...items.claims, ...claims] };
    },
  };
}

/** Two claims whose contents overlap this much (of the longer) say the same thing: only the likelier one is kept. */
const SAME_CONTENT = 0.3;

/**
 * The candidates kept: fixed rules always, others at or above the threshold, and of claims that
 * report the same stretch of text ("He said CNN had tweeted that Carson was leaving": "said" and
 * "tweeted" both claim nearly the same words) only the likelier. Candidates come in document order.
 */
export function keepReported<T extends { claim: { content: { start: number; end: number } }; fixed: boolean; probability: number }>(candidates: readonly T[], threshold: number): T[] {
  const passed = candidates.filter((c) => c.fixed || c.probability >= threshold);
  const keep = new Uint8Array(passed.length);
  // Overlapping contents form clusters (a sentence at most); each is settled alone, likeliest first.
  const byStart = passed.map((_, i) => i).sort((a, b) => passed[a]!.claim.content.start - passed[b]!.claim.content.start || a - b);
  for (let from = 0; from < byStart.length; ) {
    let to = from + 1;
    let end = passed[byStart[from]!]!.claim.content.end;
    while (to < byStart.length && passed[byStart[to]!]!.claim.content.start < end) end = Math.max(end, passed[byStart[to++]!]!.claim.content.end);
    const cluster = byStart.slice(from, to).sort((a, b) => passed[b]!.probability - passed[a]!.probability || a - b);
    const kept: number[] = [];
    for (const i of cluster) {
      if (kept.some((k) => sameContent(passed[k]!.claim.content, passed[i]!.claim.content))) continue;
      kept.push(i);
      keep[i] = 1;
    }
    from = to;
  }
  return passed.filter((_, i) => keep[i] === 1);
}

function sameContent(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter > 0 && inter / Math.max(a.end - a.start, b.end - b.start) >= SAME_CONTENT;
}

/** Reported speech with the shipped cue classifier, as extract runs it. */
export const reportedSpeechClaims: Refiner = {
  name: 'reported-speech',
  refine: (doc, items) => makeReportedSpeech(defaultCueModel()).refine(doc, items),
};

/**
 * The candidate reported claims of the document, each scored by `model`: those the model keeps
 * (and every fixed rule's), or with `all` every one, as the trainer needs them.
 */
export function reportedCandidates(doc: AnalysedDocument, items: Items, model: CueModel, all = false): ReportedCandidate[] {
  // Speakers come from the resolution stage, the one resolver every step reads.
  const index = referenceIndex(doc, items);
  // Quote contents and cues by the sentences they touch: a sentence checks only its own.
  const quoted = bySentence(doc, items.claims.map((c) => c.content));
  const quoteCues = bySentence(doc, items.quotes.flatMap((q) => (q.cue ? [q.cue] : [])));
  const inside = bySentence(doc, items.quotes.flatMap((q) => q.fragments));
  // A legal action's verb ("charged Okafor with fraud", "sued the city") is an act, not speech.
  const acts = bySentence(doc, items.legalActions);
  const types: MentionTypes = (start, end) => index.nameTypeIn(start, end);
  const out: ReportedCandidate[] = [];
  for (const sentence of doc.sentences) {
    // A dateline ("SPRINGFIELD, Ill. -") is not part of any clause: the sentence starts after it.
    const from = doc.datelineEnds[sentence.index]!;
    const tokens = from === sentence.start ? sentenceTokens(doc, sentence.index) : sentenceTokens(doc, sentence.index).filter((t) => t.start >= from);
    const context = () => ({ quoted: quotedTokens(tokens, inside.get(sentence.index) ?? []), hard: hardBreaks(doc.text, tokens), entityType: types });
    for (const f of findReported(tokens, context)) {
      // A cue that already attributes a quotation does not report a second claim.
      const cueAt = tokens[f.cue[0]]!.start;
      if (quoteCues.get(sentence.index)?.some((c) => cueAt >= c.start && cueAt < c.end)) continue;
      const fixed = f.features === null;
      if (!fixed && acts.get(sentence.index)?.some((a) => cueAt >= a.start && cueAt < a.end)) continue;
      const features = f.features ?? [];
      const rate = f.candidate ? model.rate(rateKey(f.candidate)) : undefined;
      const probability = fixed ? 1 : model.probability(features, rateFeatures(f.candidate!, rate));
      if (!all && probability < model.threshold) continue;
      const claim = toClaim(doc, tokens, f, index, probability);
      if (quoted.get(sentence.index)?.some((t) => overlap(t, claim.content) > 0.5)) continue;
      out.push({ claim, fixed, features, rateKey: f.candidate ? rateKey(f.candidate) : null, probability });
    }
  }
  return out;
}

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

/**
 * The reported claims a sentence may hold: the fixed rules' and every candidate cue's. The context
 * is made only for a sentence with candidate cues.
 */
export function findReported(tokens: DocToken[], contextOf: () => SentenceContext): Found[] {
  const end = lastWord(tokens);
  if (end < MIN_CONTENT_TOKENS) return [];
  const according = accordingTo(tokens, end);
  if (according) return [according];
  const framed = inverted(tokens, end) ?? parenthetical(tokens, end);
  const out: Found[] = framed ? [framed] : [];
  const candidates = cueCandidates(tokens);
  if (candidates.length === 0) return out;
  const context = contextOf();
  const facts = sentenceFacts(tokens);
  const view: SentenceView = {
    tokens, quoted: context.quoted, lastWord: end, stops: clauseStops(tokens, context.quoted, context.hard),
    commas: nextCommas(tokens, context.quoted), verbs: facts.verbs,
  };
  const sentenceQuoted = context.quoted.includes(1);
  for (const c of candidates) {
    // A cue inside quotation marks is the quoted speaker's words, not the reporter's attribution.
    if ((framed && c.head === framed.cue[0]) || context.quoted[c.head]) continue;
    // An unlisted verb with no verb after it has no clause to report (fromCandidate would say so, dearer).
    if (c.cls === 'verb' && !c.listed && c.last < end && facts.verbs[end + 1]! === facts.verbs[c.last + 1]!) continue;
    const found = fromCandidate(view, c, context, facts, sentenceQuoted);
    if (found) out.push(found);
  }
  return out;
}

/** The claim a candidate cue would make: its speaker, its clause and its features, or null when it has no speaker or clause. */
function fromCandidate(view: SentenceView, c: CueCandidate, context: SentenceContext, facts: SentenceFacts, sentenceQuoted: boolean): Found | null {
  const tokens = view.tokens as DocToken[];
  const k = c.head;
  const t = tokens[k]!;
  let speaker: Phrase | null = null;
  let speakerAfter: Phrase | null = null;
  let participle = false;
  let source: SpeakerSource = 'subject';
  let after: ContentRange | null | undefined;
  if (c.cls === 'noun' || c.cls === 'agent-noun') {
    const owner = nounSpeaker(tokens, c);
    if (!owner) return null;
    speaker = owner.speaker;
    source = 'noun';
    if (owner.after) speakerAfter = owner.speaker;
  } else if (c.cls === 'colon') {
    speaker = { first: 0, last: k - 1 };
    source = 'colon';
  } else {
    if (isPassive(tokens, k)) return null;
    // The content first: it does not depend on the speaker, and rules out most unlisted verbs cheaply.
    after = contentRange(view, c, null);
    if (c.cls === 'verb' && !c.listed && (after ? !opensClause(tokens, facts, [after.from, after.to]) : c.last < view.lastWord)) return null;
    let j = c.first - 1;
    // "Most said": wink tags a quantifier standing alone as an adverb; it is the subject.
    while (j >= 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART') && !openingQuantifier(tokens, j)) j--;
    // "..., even suggesting he may have been sabotaged": a participle speaks for the sentence's subject.
    participle = PARTICIPLES.test(t.normal) || (/ing$/.test(t.normal) && tokens[j]?.normal === ',');
    let np = participle && tokens[j]?.normal !== ',' ? null : participle ? sentenceSubject(view, k) : subjectBefore(tokens, j);
    if (np && (np.last >= k || modifiesNoun(tokens, np, j) || toldToAct(tokens, np))) return null;
    if (participle) source = 'participle';
    if (!np) {
      // The subject the usual reading misses: past an apposition, a relative clause, a first verb.
      np = clauseSpeaker(tokens, c.first, j);
      source = 'clause';
    }
    if (!np) return null;
    speaker = withExamples(tokens, beforeVerb(tokens, np));
  }
  const range = (after === undefined ? contentRange(view, c, speakerAfter) : after) ?? (c.cls === 'verb' ? contentBefore(view, c, speaker) : null);
  if (!range) return null;
  const cue = { ...c, last: range.cueLast };
  const content: [number, number] = [range.from, range.to];
  // A verb in no cue list reports only a clause ("focused on whether ...", "hinted the deal was
  // near"), never an object ("filed a lawsuit", "sued the government after ...") nor a purpose
  // ("a power it uses to obtain records").
  if (c.cls === 'verb' && !c.listed && !opensClause(tokens, facts, content)) return null;
  const features = cueFeatures({
    tokens, candidate: cue, speaker, source, content, participle, lastWord: view.lastWord, sentenceQuoted, facts,
    speakerEntity: context.entityType(tokens[speaker.first]!.start, tokens[speaker.last]!.end),
  });
  return { speaker, cue: [cue.first, cue.last], content, rule: ruleOf(c, participle), type: c.type, candidate: cue, features };
}

/** Words that open a reported clause: "that ...", "whether ...", "how ...". */
const CLAUSE_WORDS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where']);

/** Whether the content is a clause: it opens with a clause word, or with a subject and its verb. */
function opensClause(tokens: DocToken[], facts: SentenceFacts, content: [number, number]): boolean {
  const [from, to] = content;
  if (facts.verbs[to + 1]! - facts.verbs[from]! === 0) return false;
  if (CLAUSE_WORDS.has(tokens[from]!.normal)) return true;
  const subject = phraseAfter(tokens, from);
  const verb = subject ? tokens[subject.last + 1] : undefined;
  return verb !== undefined && subject!.last < to && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

function ruleOf(c: CueCandidate, participle: boolean): ReportedClaimRule {
  switch (c.cls) {
    case 'noun':
    case 'agent-noun':
      return 'reported:noun-cue';
    case 'adjective':
      return 'reported:adjective-cue';
    case 'light-verb':
      return 'reported:light-verb';
    case 'colon':
      return 'reported:colon';
    default:
      return participle ? 'reported:participle' : 'reported:cue';
  }
}

/** Dashes that part clauses: an em or en dash (U+2012 to U+2015), a double hyphen, or a hyphen with a space beside it. */
function isDashAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (end - start === 2) return c === 45 && text.charCodeAt(start + 1) === 45;
  if (end - start !== 1) return false;
  if (c >= 0x2012 && c <= 0x2015) return true;
  return c === 45 && (/\s/.test(text[start - 1] ?? '') || /\s/.test(text[end] ?? ''));
}

/**
 * hard[i] = 1 where a line break comes before token i, or token i is a dash that opens no aside:
 * two dashes in a sentence enclose an aside ("Crist \u2014 then a Republican \u2014 against Rubio"),
 * after which the clause goes on, so only a dash without a partner ends it.
 */
function hardBreaks(text: string, tokens: readonly DocToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const dashes: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isDashAt(text, t.start, t.end)) dashes.push(i);
    if (i > 0 && hasLineBreak(text, tokens[i - 1]!.end, t.start)) out[i] = 1;
  }
  if (dashes.length % 2 === 1) out[dashes.at(-1)!] = 1;
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}

/** quoted[i] = 1 for each token inside one of the quotation fragments (marks included). */
function quotedTokens(tokens: readonly DocToken[], fragments: ReadonlyArray<{ start: number; end: number }>): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const f of fragments) {
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start >= f.start && tokens[i]!.end <= f.end) out[i] = 1;
  }
  return out;
}

/** What every claim of a fixed rule shares: a statement, no candidate, nothing for the classifier. */
const FIXED = { type: 'statement', candidate: null, features: null } as const;

/** According to X, CLAUSE.  /  CLAUSE, according to X. */
function accordingTo(tokens: DocToken[], end: number): Found | null {
  let at = -1;
  for (let i = 0; i + 1 < tokens.length && at < 0; i++) if (tokens[i]!.normal === 'according' && tokens[i + 1]!.normal === 'to') at = i;
  if (at < 0) return null;
  const np = phraseAfter(tokens, at + 2);
  if (!np) return null;
  if (at <= 1 && tokens[np.last + 1]?.normal === ',') return { speaker: np, cue: [at, at + 1], content: [np.last + 2, end], rule: 'reported:according-to', ...FIXED };
  if (at > 1 && tokens[at - 1]?.normal === ',') {
    // "The plan, according to officials, would cost $4 million": the sentence goes on, and is the claim.
    const aside = tokens[np.last + 1]?.normal === ',' && np.last + 2 <= end;
    return { speaker: np, cue: [at, at + 1], content: [0, aside ? end : at - 2], rule: 'reported:according-to', ...FIXED };
  }
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
      return { speaker: after, cue: [k, k], content: [0, stop], rule: 'reported:inverted', ...FIXED };
    }
    const before = phraseBefore(tokens, k - 1);
    if (before && k === end && tokens[before.first - 1]?.normal === ',' && before.first - 2 >= MIN_CONTENT_TOKENS) {
      return { speaker: before, cue: [k, k], content: [0, before.first - 2], rule: 'reported:inverted', ...FIXED };
    }
  }
  return null;
}

/** The museum, Mr. Obama said, would make visitors face hard truths: the whole sentence is the claim. */
function parenthetical(tokens: DocToken[], end: number): Found | null {
  for (let k = 2; k < end; k++) {
    if (!isQuoteCue(tokens[k]!) || tokens[k + 1]?.normal !== ',') continue;
    const np = phraseBefore(tokens, k - 1);
    if (np && tokens[np.first - 1]?.normal === ',' && np.first >= 2) return { speaker: np, cue: [k, k], content: [0, end], rule: 'reported:parenthetical', ...FIXED };
  }
  return null;
}

/** "employees at the agency opposed to ...": a participle after a prepositional phrase modifies its noun. */
function modifiesNoun(tokens: DocToken[], np: Phrase, j: number): boolean {
  if (j !== np.last || !/ed$/.test(tokens[j + 1]?.normal ?? '')) return false;
  let i = np.first - 1;
  while (i >= 0 && ['PROPN', 'NOUN', 'CCONJ', 'DET', 'ADJ'].includes(tokens[i]!.pos)) i--;
  return tokens[i]?.pos === 'ADP';
}

/**
 * "demanded that the network reveal the users", "demands it reveals the person": the subject of a
 * directive's complement is the one told to act, not a source.
 */
function toldToAct(tokens: DocToken[], np: Phrase): boolean {
  let i = np.first - 1;
  if (tokens[i]?.normal === 'that') i--;
  const t = tokens[i];
  if (t === undefined || !DIRECTIVE_VERBS.has(t.lemma)) return false;
  // wink reads "a lawsuit that demands it reveals" with "demands" as a noun: after a relative pronoun it is the verb.
  return t.pos === 'VERB' || (t.pos === 'NOUN' && RELATIVES.has(tokens[i - 1]?.normal ?? ''));
}

const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * The subject a participle speaks for: the sentence's first noun phrase, or, when the sentence opens
 * with a quotation ('"We met the deadline," the company said, adding that ...'), the subject of the
 * first verb after it.
 */
function sentenceSubject(view: SentenceView, k: number): Phrase | null {
  const tokens = view.tokens as DocToken[];
  const first = phraseAfter(tokens, 0);
  if (first ? !view.quoted[first.first] : !view.quoted[0]) return first;
  for (let v = first ? first.last + 1 : 1; v < k; v++) {
    if (view.quoted[v] || tokens[v]!.pos !== 'VERB') continue;
    const np = subjectBefore(tokens, v - 1);
    return np && !view.quoted[np.first] ? np : phraseAfter(tokens, v + 1);
  }
  return null;
}

/** "The director chastised Clinton but did not recommend ...": a speaker read past a first verb is that verb's subject. */
function beforeVerb(tokens: DocToken[], np: Phrase): Phrase {
  for (let i = np.first + 1; i <= np.last; i++) if (tokens[i]!.pos === 'VERB') return { first: np.first, last: i - 1 };
  return np;
}

/** "Free speech advocates such as the ACLU are applauding": the examples belong to the subject they name. */
function withExamples(tokens: DocToken[], np: Phrase): Phrase {
  if (tokens[np.first - 1]?.normal !== 'as' || tokens[np.first - 2]?.normal !== 'such') return np;
  const head = phraseBefore(tokens, np.first - 3);
  return head && head.last === np.first - 3 ? { first: head.first, last: np.last } : np;
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

function toClaim(doc: AnalysedDocument, tokens: DocToken[], f: Found, index: ReferenceIndex, probability: number): ReportedClaim {
  const at = (a: number, b: number): Span => spanOf(doc, tokens[a]!.start, tokens[b]!.end);
  // The resolution stage's answer for the speaker phrase: the same whichever step asks.
  const speaker = index.speaker(tokens[f.speaker.first]!.start, tokens[f.speaker.last]!.end);
  const evidence = f.rule === 'reported:according-to' ? 'according-to' : speaker.evidence;
  // Between a narrative claim's confidence (the outlet's own voice) and the speaker evidence's, by the classifier's probability.
  const top = Math.min(EVIDENCE_CONFIDENCE[speaker.evidence], 0.8);
  const confidence = NARRATIVE_CONFIDENCE + 0.01 + (top - NARRATIVE_CONFIDENCE - 0.01) * probability;
  return {
    kind: 'claim', id: '', type: f.type, source: 'reported',
    speaker: { ...speaker, evidence },
    cue: at(f.cue[0], f.cue[1]), content: at(f.content[0], f.content[1]), quote: null, entities: [], dates: [],
    confidence: Math.round(confidence * 100) / 100, rule: f.rule,
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}
