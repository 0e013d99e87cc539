/**
 * Narrative claims: what the reporter states in the outlet's own voice ("Twitter is suing to stop
 * ..."). Two outlets often tell the same fact once as a quote and once in their own words, so
 * comparing outlets needs these too. One claim per stretch of a sentence (split at semicolons) that
 * no quote or reported claim already covers, with a verb and a few words: headings such as
 * "An unchanged privacy policy" have no verb and make no claim.
 *
 * Cheap by design: one sweep over sentences and the covered intervals, no parsing beyond the tokens
 * the analysed document already has.
 */
import { sentenceAt, spanOf, tokensIn, type AnalysedDocument, type DocToken } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { Claim, Span } from '../types.js';

/** The outlet surely states it, but a sentence is a coarser unit than an attributed claim. */
export const NARRATIVE_CONFIDENCE = 0.35;
const MIN_WORDS = 4;

type Interval = readonly [number, number];

export const narrativeClaims: Refiner = {
  name: 'narrative-claims',
  refine(doc, items) {
    // A claim covers its speaker and cue too, and what lies between them: in "Trump (or rather
    // @realDonaldTrump) loves Twitter and even believes that ...", the middle is no statement of its own.
    // A participle's claim is the exception: in "A judge threw out the case, saying prosecutors
    // waited too long", the main clause is the outlet's own report of what the judge did.
    const covered: Interval[] = [
      ...items.quotes.map((q) => hull([q.full, q.cue])),
      ...items.claims.map((c) => hull(c.rule === 'reported:participle' ? [c.content, c.cue] : [c.content, c.cue, c.speaker?.mention])),
    ];
    const bySentence = coveredBySentence(doc, covered);
    const claims: Claim[] = [];
    for (const sentence of doc.sentences) {
      // A dateline ("SPRINGFIELD, Ill. -") says where the story was filed, not what happened.
      for (const [start, end] of clauses(doc.norm, doc.datelineEnds[sentence.index]!, sentence.end)) {
        for (const [a, b] of subtract(start, end, bySentence.get(sentence.index) ?? [])) {
          const content = piece(doc, a, b, b < end);
          if (content) claims.push(narrativeClaim(content));
        }
      }
    }
    return { ...items, claims: [...items.claims, ...claims] };
  },
};

/** The smallest interval holding every given span. */
function hull(spans: Array<{ start: number; end: number } | null | undefined>): Interval {
  const present = spans.filter((s): s is { start: number; end: number } => !!s);
  return [Math.min(...present.map((s) => s.start)), Math.max(...present.map((s) => s.end))];
}

/** Covered intervals grouped by the sentences they touch; one interval may span several. */
function coveredBySentence(doc: AnalysedDocument, covered: Interval[]): Map<number, Interval[]> {
  const out = new Map<number, Interval[]>();
  for (const iv of covered) {
    const first = sentenceAt(doc, iv[0])?.index ?? 0;
    for (let i = first; i < doc.sentences.length && doc.sentences[i]!.start < iv[1]; i++) {
      if (doc.sentences[i]!.end <= iv[0]) continue;
      const list = out.get(i) ?? [];
      list.push(iv);
      out.set(i, list);
    }
  }
  return out;
}

/** A sentence cut at semicolons: "it works; every user ... is notified" holds two statements. */
function clauses(norm: string, start: number, end: number): Interval[] {
  const out: Interval[] = [];
  let at = start;
  for (let i = start; i < end; i++) {
    if (norm[i] === ';') {
      out.push([at, i]);
      at = i + 1;
    }
  }
  out.push([at, end]);
  return out;
}

/** [start, end) minus the covered intervals, as the stretches left. */
function subtract(start: number, end: number, covered: Interval[]): Interval[] {
  const sorted = [...covered].sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  let at = start;
  for (const [a, b] of sorted) {
    if (b <= at) continue;
    if (a >= end) break;
    if (a > at) out.push([at, a]);
    at = Math.max(at, b);
  }
  if (at < end) out.push([at, end]);
  return out;
}

/**
 * What a statement does not end on where a quote or a reported claim was cut out after it ("This is
 * not the first time that | Twitter defends ...", "... and the | bio of the account is quoted"): the
 * word that joined it to what was cut off.
 */
const DANGLING_POS = new Set(['DET', 'CCONJ', 'SCONJ', 'ADP']);
const DANGLING_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);

function dangles(t: DocToken): boolean {
  return DANGLING_POS.has(t.pos) || (t.pos === 'PRON' && DANGLING_PRONOUNS.has(t.normal));
}

/**
 * The stretch from its first to its last word, if it reads as a statement: enough words and a verb.
 * `cut`: the stretch stops where a covered span starts, not at the end of its clause.
 */
function piece(doc: AnalysedDocument, start: number, end: number, cut: boolean): Span | null {
  const tokens = tokensIn(doc, start, end);
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  if (cut) while (words.length > 0 && dangles(words.at(-1)!)) words.pop();
  if (words.length < MIN_WORDS || !words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return spanOf(doc, words[0]!.start, closingMarkEnd(doc, words[0]!.start, words.at(-1)!.end));
}

/** `end`, or past a quotation mark right after it that closes one opened in [start, end). */
function closingMarkEnd(doc: AnalysedDocument, start: number, end: number): number {
  const mark = doc.norm[end];
  if (mark !== '"') return end;
  let open = 0;
  for (let i = start; i < end; i++) if (doc.norm[i] === '"') open++;
  return open % 2 === 1 ? end + 1 : end;
}

function narrativeClaim(content: Span): Claim {
  return {
    kind: 'claim', id: '', type: 'statement', source: 'narrative', speaker: null, cue: null, content,
    quote: null, entities: [], dates: [], confidence: NARRATIVE_CONFIDENCE, rule: 'narrative:sentence',
  };
}
