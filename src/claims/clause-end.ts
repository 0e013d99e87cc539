/**
 * Where the clause holding a partial quote ends. The reporter's sentence often goes on past the
 * claim: a new attribution ("... "crazy" and said the party would lose", '..., "...," he added'),
 * a relative or subordinate clause set off by a comma, an aside after a dash, a second clause after
 * a semicolon. Those are the reporter's words, or another claim, not this one.
 *
 * Read from the wink POS tags of the tokens around the quote, nothing more. Measured on PolNeAR's
 * dev set, where annotators often carry a claim on through "and" or a comma-led phrase ("...,
 * giving states more power"): only the boundaries below gained more than they lost.
 */
import type { AnalysedDocument, DocToken } from '../document/analyse.js';
import { isStrongSpeechCue } from '../attribution/cues.js';

/**
 * The text as written, for dashes (the normalised text folds an em dash into a hyphen, which
 * spacedHyphen must tell apart), and the normalised one, for quotation marks of every style.
 */
type Texts = Pick<AnalysedDocument, 'text' | 'norm'>;

/** Punctuation that closes the clause: a semicolon, a colon, a long dash. */
const HARD_STOP = /^(?:;|:|--|[\u2012-\u2015])$/;
const DASH = /^(?:--|[\u2012-\u2015])$/;

/** Words that open a relative clause after a comma: ", who ...", ", where ...". */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'where', 'when']);

/** Tags of the words between a clause boundary and a reporting verb: its subject, auxiliaries, adverbs. */
const SUBJECT_OF_CUE = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'ADV', 'AUX', 'PART', 'NUM']);

/** Words that open a subordinate clause: "when he said ..." is part of the claim, not a new one. */
const SUBORDINATE = new Set(['when', 'where', 'while', 'as', 'after', 'before', 'since', 'because', 'if', 'how', 'why']);

/**
 * Index in `tail` (the sentence's tokens after the quote) of the first token that no longer
 * belongs to the claim, or `tail.length` when the claim runs to the sentence end. `dashesBefore`
 * counts the dashes among the sentence's tokens up to the quote's end (see DashCounts);
 * `commaInside` says the quote closes on ',"' (or '?"', '!"').
 */
export function clauseBreak(dashesBefore: number, tail: readonly DocToken[], doc: Texts, commaInside: boolean): number {
  const { text, norm } = doc;
  const cut = beforeNextAttribution(tail, norm, commaInside);
  if (cut !== null) return cut;
  // A later quote in the sentence belongs to the same claim ('called it "X" and "Y"'), as it does
  // in PolNeAR's mixed attributions: look for a boundary only after the last quotation mark.
  const from = lastQuoteMark(tail, norm) + 1;
  // A dash opened before the quote and not yet closed: the next dash closes that aside, not the clause.
  let openAside = dashesBefore % 2 === 1;
  for (let i = from; i < tail.length; i++) {
    const t = tail[i]!;
    if (t.pos !== 'PUNCT') continue;
    const word = text.slice(t.start, t.end);
    if (isDash(text, t) && openAside) {
      openAside = false;
      continue;
    }
    if (HARD_STOP.test(word) || spacedHyphen(text, t)) {
      // Two dashes enclose an aside: the clause goes on after the second.
      const close = isDash(text, t) ? tail.findIndex((u, j) => j > i && isDash(text, u)) : -1;
      if (close < 0) return i;
      i = close;
      continue;
    }
    if (word === ',' && opensSubordinate(tail[i + 1])) return i;
  }
  return tail.length;
}

/**
 * Index of the boundary before the first strong reporting verb outside quotation marks ("and
 * said", ", he added", "but she told"), or null when there is none, or when no conjunction or
 * punctuation stands before the verb and its subject. Right after the quote, '"...," he said'
 * parts the clauses but '"..." suggests' goes on with the same one.
 */
function beforeNextAttribution(tail: readonly DocToken[], norm: string, commaInside: boolean): number | null {
  let inQuote = false;
  let cue = -1;
  for (let i = 0; i < tail.length && cue < 0; i++) {
    const t = tail[i]!;
    if (t.pos === 'PUNCT' && norm.slice(t.start, t.end) === '"') inQuote = !inQuote;
    else if (!inQuote && isStrongSpeechCue(t)) cue = i;
  }
  if (cue < 0) return null;
  let j = cue - 1;
  while (j >= 0 && cue - j <= 6 && SUBJECT_OF_CUE.has(tail[j]!.pos) && !SUBORDINATE.has(tail[j]!.normal)) j--;
  if (j < 0) return commaInside ? 0 : null;
  const t = tail[j]!;
  return t.pos === 'CCONJ' || (t.pos === 'PUNCT' && !isQuoteMark(norm, t)) ? j : null;
}

/** After a comma: a subordinate clause (", since ...") or a relative one (", who ..."). */
function opensSubordinate(t: DocToken | undefined): boolean {
  return t !== undefined && (t.pos === 'SCONJ' || RELATIVE.has(t.normal));
}

function lastQuoteMark(tail: readonly DocToken[], norm: string): number {
  for (let i = tail.length - 1; i >= 0; i--) if (isQuoteMark(norm, tail[i]!)) return i;
  return -1;
}

function isQuoteMark(norm: string, t: DocToken): boolean {
  return t.pos === 'PUNCT' && /^["']$/.test(norm.slice(t.start, t.end));
}

/**
 * How many of a document's tokens before token i are dashes, for every i: counted once per document,
 * so the dashes before each of many quotes in one sentence are a subtraction, not a rescan.
 */
export class DashCounts {
  private readonly before: Int32Array;

  constructor(doc: Pick<AnalysedDocument, 'text' | 'tokens'>) {
    this.before = new Int32Array(doc.tokens.length + 1);
    doc.tokens.forEach((t, i) => (this.before[i + 1] = this.before[i]! + (isDash(doc.text, t) ? 1 : 0)));
  }

  /** Dashes among tokens [first, end). */
  between(first: number, end: number): number {
    return end > first ? this.before[end]! - this.before[first]! : 0;
  }
}

function isDash(text: string, t: DocToken): boolean {
  return t.pos === 'PUNCT' && (DASH.test(text.slice(t.start, t.end)) || spacedHyphen(text, t));
}

/** A hyphen with a space on either side stands for a dash ("won - see"); wink splits "14-year-old" too. */
function spacedHyphen(text: string, t: DocToken): boolean {
  return text.slice(t.start, t.end) === '-' && (/\s/.test(text[t.start - 1] ?? '') || /\s/.test(text[t.end] ?? ''));
}
