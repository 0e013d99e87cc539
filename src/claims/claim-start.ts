/**
 * Where the claim around a partial quote starts. A partial quote sits inside the reporter's own
 * clause, and that clause, not the quotation mark, is the claim:
 *  - the attribution follows the quote:      [Critics "have a point,"] she said.
 *  - the attribution is a parenthesis:       [The plan, he said, "will fail."]
 *  - the attribution opens a relative clause: a bill [which she called "a disgrace"]
 *  - "according to X," before the clause:    according to aides, [the plan "is dead."]
 *  - the cue sits in a reported clause:       said [he expects an "appeal"] (the claim's cue is "said")
 *  - the cue has an object before "that":    told reporters [that it was "over"]
 * Otherwise the claim starts just after the cue. Each rule was kept only if it gained more strict
 * matches than it lost on PolNeAR's dev set (direct+mixed strict F1 0.718 before all of them).
 */
import { sentenceAt, tokenRange, tokensIn, type AnalysedDocument, type DocToken } from '../document/analyse.js';
import type { Quote } from '../types.js';
import { isReportCue } from '../attribution/cues.js';

/** Tags of the words of a subject noun phrase, with its closing comma and possessive "'s". */
const NOUN_PHRASE = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON', 'PART', 'PUNCT']);

/** Tags of the words of a short subject: "he", "the White House", "Trump's campaign". */
const SUBJECT = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'PART']);

/** An opening adverbial: an adverb, perhaps with a place or time after it ("Particularly in the south"). */
const ADVERBIAL = new Set(['ADV', 'CCONJ', 'ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT']);

/** Adverbs that open a subordinate clause of their own ("When asked, he said, ..."). */
const WH = new Set(['when', 'where', 'why', 'how', 'while', 'once']);

/** Words that open a relative clause whose subject then attributes: "which he called". */
const RELATIVE = new Set(['which', 'who', 'whom', 'what']);

/** Complementizers that open a reported clause: "told reporters that ...", "asked him whether ...". */
const COMPLEMENTIZER = new Set(['that', 'if', 'whether']);

/** Tags of the words that may stand between a cue and its complementizer: an object, a time, a place. */
const OBJECT_LIKE = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADP', 'ADV', 'NUM', 'ADJ', 'PART', 'PUNCT']);

export interface ClaimStart {
  start: number;
  /** The outer reporting verb, when the quote's own cue sits inside the clause it reports. */
  outerCue?: DocToken;
}

/**
 * The claim's start for a partial quote with a cue, or null when no rule applies and the caller
 * keeps its default (just after the cue). The rules are tried in order, most specific first.
 */
export function partialClaimStart(doc: AnalysedDocument, q: Quote): ClaimStart | null {
  const cue = q.cue;
  const sentence = sentenceAt(doc, q.start);
  if (!cue || !sentence || cue.start < sentence.start || cue.end > sentence.end) return null;
  if (cue.start >= q.end) return attributionFollows(doc, q) ? at(clauseStart(doc, sentence.start, q.start)) : null;
  if (cue.end > q.start) return null;
  const mention = q.speaker?.mention;
  const speakerBefore = mention && mention.start >= sentence.start && mention.end <= cue.start ? mention : null;
  if (isParenthetical(doc, sentence.start, speakerBefore ? speakerBefore.start : cue.start, cue.end, q.start)) {
    return at(clauseStart(doc, sentence.start, q.start));
  }
  const relative = speakerBefore ? relativeBefore(doc, sentence.start, speakerBefore.start) : null;
  if (relative !== null) return at(relative);
  // "according to aides, the plan ...": the clause starts after the source and its comma.
  if (mention && mention.start >= cue.end && mention.end <= q.start) {
    const comma = /^\s*,\s*/.exec(doc.norm.slice(mention.end, q.start));
    if (comma) return at(mention.end + comma[0].length);
  }
  return nestedClauseStart(doc, sentence.start, cue.start) ?? at(complementizer(doc, cue.end, q.start));
}

function at(start: number | null): ClaimStart | null {
  return start === null ? null : { start };
}

/**
 * '"... a tough task," said Black' / '"..." he added': the attribution comes right after the closing
 * mark, with nothing but punctuation between. A cue further on attributes something else, or
 * attributes this quote with less certainty than justifies reaching back to the sentence start.
 * The cue must report speech or thought: in '"Frozen," Swanson has now set his sights on ...' the
 * verb after the quote says nothing about it.
 */
export function attributionFollows(doc: AnalysedDocument, q: Quote): boolean {
  if (!tokensIn(doc, q.cue!.start, q.cue!.end).some(isReportCue)) return false;
  const mention = q.speaker?.mention;
  const first = Math.min(q.cue!.start, mention && mention.start >= q.end ? mention.start : Infinity);
  return /^[\s,.!?;:'"-]*$/.test(doc.norm.slice(q.end, first));
}

/**
 * The first word of the sentence (past any opening punctuation other than a quotation mark). Read
 * on the text as written: the normalised one folds opening and closing marks into one.
 */
function clauseStart(doc: AnalysedDocument, sentenceStart: number, quoteStart: number): number {
  const { first, end } = tokenRange(doc, sentenceStart, quoteStart);
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i]!;
    if (t.pos !== 'PUNCT' || /["'\u201c\u2018]/.test(doc.text[t.start]!)) return t.start;
  }
  return quoteStart;
}

/**
 * "The plan, he said, "will fail"": an attribution between commas, after the subject of the
 * reported clause, is an aside inside that clause, which starts the sentence. The words before it
 * must be a noun phrase (a subject), or a quote that the attribution splits ('"We won," she said,
 * "and we will win again"'); after an opening adverbial ("When asked, he said, "...""), the clause
 * is the quote alone.
 */
function isParenthetical(doc: AnalysedDocument, sentenceStart: number, attributionStart: number, cueEnd: number, quoteStart: number): boolean {
  const before = doc.norm.slice(sentenceStart, attributionStart).trimEnd();
  if (!/^[^,]*(?:,|,["'])$/.test(before) && !/^["'].*,["']$/.test(before)) return false;
  // The aside closes with a comma right after the cue and its adjuncts ("told reporters,").
  const between = tokensIn(doc, cueEnd, quoteStart);
  const comma = between.findIndex((t) => doc.norm[t.start] === ',');
  if (comma < 0 || between.slice(0, comma).some((t) => t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'PUNCT')) return false;
  if (/["']$/.test(before)) return true;
  const lead = tokenRange(doc, sentenceStart, attributionStart);
  if (everyTag(doc, lead, NOUN_PHRASE)) return true;
  // "Instead, he said, ...", "Sooner or later, ...": a plain adverb opening the clause belongs to it.
  const opening = lead.first < lead.end ? doc.tokens[lead.first]! : undefined;
  return opening?.pos === 'ADV' && !WH.has(opening.normal) && everyTag(doc, lead, ADVERBIAL);
}

/** Whether every token of the range has one of `tags` (stops at the first that has not). */
function everyTag(doc: AnalysedDocument, range: { first: number; end: number }, tags: ReadonlySet<string>): boolean {
  for (let i = range.first; i < range.end; i++) if (!tags.has(doc.tokens[i]!.pos)) return false;
  return true;
}

/**
 * "said he expects an "appeal"", "added that the party seemed "rattled"": the cue is itself inside
 * a reported clause, which starts at its subject (or at "that" before it), right after an outer
 * reporting verb. Read backwards from the cue over the sentence's tokens before it, a few at most.
 */
function nestedClauseStart(doc: AnalysedDocument, sentenceStart: number, cueStart: number): ClaimStart | null {
  const { first, end } = tokenRange(doc, sentenceStart, cueStart);
  const tokens = doc.tokens;
  let i = end - 1;
  // Auxiliaries and negation between subject and cue: "he did not feel", "she won't agree".
  while (i >= first && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'PART' || tokens[i]!.pos === 'ADV')) i--;
  const subjectEnd = i;
  while (i >= first && subjectEnd - i < 5 && SUBJECT.has(tokens[i]!.pos) && !COMPLEMENTIZER.has(tokens[i]!.normal)) i--;
  if (i === subjectEnd || i < first) return null;
  const prev = tokens[i]!;
  // "that he thinks": a complement clause, or a relative one; either way it starts at "that".
  if (prev.normal === 'that') {
    const verb = i - 1 >= first ? tokens[i - 1] : undefined;
    return verb && isReportCue(verb) ? { start: prev.start, outerCue: verb } : { start: prev.start };
  }
  if (!isReportCue(prev)) return null;
  return { start: tokens[i + 1]!.start, outerCue: prev };
}

/** "which he called": the relative word just before the attributing subject, or null. */
function relativeBefore(doc: AnalysedDocument, sentenceStart: number, subjectStart: number): number | null {
  const { first, end } = tokenRange(doc, sentenceStart, subjectStart);
  const prev = end > first ? doc.tokens[end - 1] : undefined;
  if (!prev || prev.pos === 'SCONJ' || !RELATIVE.has(prev.normal)) return null;
  return prev.start;
}

/**
 * "told a reporter on Monday that it was "over"": the reported clause starts at the complementizer
 * when only an object, a time or a place stands before it. A verb before it means a clause of its own.
 */
function complementizer(doc: AnalysedDocument, cueEnd: number, quoteStart: number): number | null {
  const norm = doc.norm;
  const { first, end } = tokenRange(doc, cueEnd, quoteStart);
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i]!;
    // wink tags this "that" SCONJ, PRON or DET alike; its place after the cue's object says what it is.
    if (COMPLEMENTIZER.has(t.normal)) return t.start;
    if (t.pos === 'PUNCT' && /["']/.test(norm[t.start]!)) return null;
    // A capitalised "verb" is a name the tagger misread ("Colorado Springs").
    if (!OBJECT_LIKE.has(t.pos) && !(t.pos === 'VERB' && /^[A-Z]/.test(norm[t.start]!))) return null;
  }
  return null;
}
