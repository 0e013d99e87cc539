/**
 * Gives every quotation its cue and speaker. Three ways, in order of trust: an attribution next to
 * the quote, a participle that continues an earlier cue ("Twitter argued, adding that ..."), and, as
 * news style does, the speaker of the quote just before for a quote with no cue of its own. A quote
 * whose two halves sit around one attribution ("...," said X, "...") becomes one split quote.
 */
import { paragraphIndexAt, sentenceAt, spanOf, type AnalysedDocument } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { Quote, Speaker } from '../types.js';
import { attributionAfter, attributionBefore, type Attribution } from './find-attribution.js';
import { referenceIndex, type ReferenceIndex } from '../resolution/lookup.js';

/** A quote with no cue inherits a speaker from at most this many paragraphs back. */
const CONTINUATION_PARAGRAPHS = 2;

export const attributeQuotes: Refiner = {
  name: 'attribute-quotes',
  refine(doc, items) {
    const index = referenceIndex(doc, items);
    const out: Quote[] = [];
    const quotes = items.quotes;
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i]!;
      const prev = out.at(-1);
      const next = quotes[i + 1];
      const limit = Math.min(next ? next.start : doc.text.length, doc.paragraphs[paragraphIndexAt(doc, q.end - 1)]!.end);
      const after = attributionAfter(doc, q, limit);
      const before = attributionBefore(doc, q, prev ? prev.end : 0);
      // A direct quote is attributed after it, a partial one before it; a bare name beside a partial
      // quote (Clinton "caused havoc," he said) yields to a cue on the other side.
      const preferred = q.form === 'direct' ? (introduced(doc, q, before) ? before : after ?? before) : before && !(before.guess && after) ? before : after ?? before;
      // A cue with no subject of its own (but added, "...") yields to a full attribution on the other side.
      const other = preferred === after ? before : after;
      const found = preferred && !preferred.speaker && other?.speaker && !(preferred.inherits && prev?.speaker && sameSentence(doc, prev, q)) ? other : preferred;
      let quote = q;
      if (found) {
        quote = withAttribution(doc, q, found, index, prev);
        // "...," said X, "...": the next quote starts right after this attribution.
        if (found.side === 'after' && next && continuesAfter(doc, found.end, next) && sameSentence(doc, q, next)) {
          quote = joinSplit(doc, quote, next);
          i++;
        }
      } else if (prev?.speaker && q.form === 'partial' && sameSentence(doc, prev, q) && /^[\s,;]*(?:(?:and|or|but|as well as)[\s,]*)?$/.test(doc.norm.slice(prev.end, q.start))) {
        // said that her family "came out ... broke," and "struggled ...": one attribution, two pieces.
        out.pop();
        quote = joinSplit(doc, prev, q);
      } else if (prev?.speaker && q.form === 'direct' && followsAttribution(doc, prev, q)) {
        // "...," X said. "...": a quote with no cue of its own, straight after an attribution, goes on
        // with the same speaker as one quotation (PolNeAR annotates it as one attribution).
        out.pop();
        quote = joinSplit(doc, prev, q);
      } else if (prev?.speaker && q.form === 'direct' && paragraphIndexAt(doc, q.start) - paragraphIndexAt(doc, prev.end - 1) <= CONTINUATION_PARAGRAPHS) {
        quote = { ...q, speaker: { ...prev.speaker, mention: null, evidence: 'continuation' } };
      }
      out.push(quote);
    }
    return { ...items, quotes: out };
  },
};

function withAttribution(doc: AnalysedDocument, q: Quote, a: Attribution, index: ReferenceIndex, prev: Quote | undefined): Quote {
  const cue = a.cue ? spanOf(doc, a.cue.start, a.cue.end) : null;
  let speaker: Speaker | null = null;
  if (a.speaker) speaker = index.speaker(a.speaker.start, a.speaker.end);
  else if (a.inherits && prev?.speaker && sameSentence(doc, prev, q)) {
    speaker = { ...prev.speaker, mention: null, evidence: 'continuation' };
  }
  const edges = [q.start, q.end, ...(cue ? [cue.start, cue.end] : []), ...(speaker?.mention ? [speaker.mention.start, speaker.mention.end] : [])];
  return { ...q, speaker, cue, full: { start: Math.min(...edges), end: Math.max(...edges) } };
}

/**
 * The next quote goes on from this attribution: nothing but commas and space between, or the rest of
 * the speaker's description between commas when the next quote opens in lower case ("The risk," said
 * X, an economist at Y, "is that ...").
 */
function continuesAfter(doc: AnalysedDocument, end: number, next: Quote): boolean {
  const between = doc.norm.slice(end, next.start);
  if (/^[\s,]*$/.test(between)) return true;
  const opening = next.fragments[0]!.content.text;
  return between.length <= MAX_DESCRIPTION && /^,[^;:"]*,\s*$/.test(between) && /^[a-z]/.test(opening);
}

/** Characters a speaker's description may run between the two halves of a split quote. */
const MAX_DESCRIPTION = 200;

/**
 * Mayor Lee said: "We will rebuild." Critics blasted the plan: a speaker and cue that introduce the
 * quote with a colon win over what follows a quote that closed its own sentence.
 */
function introduced(doc: AnalysedDocument, q: Quote, before: Attribution | null): boolean {
  if (!before?.speaker || !before.cue || !/[.!?]$/.test(q.fragments.at(-1)!.content.text)) return false;
  return /:\s*$/.test(doc.norm.slice(Math.max(0, q.start - INTRODUCTION_GAP), q.start));
}

/** Characters between an introducing colon and the opening mark. */
const INTRODUCTION_GAP = 3;

function joinSplit(doc: AnalysedDocument, first: Quote, second: Quote): Quote {
  const fragments = [...first.fragments, ...second.fragments];
  const end = second.end;
  const paragraphs = paragraphIndexAt(doc, end - 1) - paragraphIndexAt(doc, first.start) + 1;
  return { ...first, fragments, end, paragraphs, text: doc.text.slice(first.start, end), full: { start: first.full.start, end: Math.max(end, first.full.end) } };
}

/**
 * The quote opens the sentence right after the one that holds the attribution (across one paragraph
 * break at most): nothing but the rest of that sentence and white space lies between.
 */
function followsAttribution(doc: AnalysedDocument, prev: Quote, q: Quote): boolean {
  if (!prev.cue && !prev.speaker?.mention) return false;
  const attributionEnd = Math.max(prev.full.end, prev.end);
  const from = sentenceAt(doc, attributionEnd - 1);
  const to = sentenceAt(doc, q.start);
  if (!from || !to) return false;
  const adjacent = to.index === from.index + 1 || to === from;
  const opensSentence = /^[\s"'(-]*$/.test(doc.norm.slice(to.start, q.start));
  const breaks = (doc.norm.slice(from.end, to.start).match(/\n/g) ?? []).length;
  return adjacent && opensSentence && breaks <= 2;
}

function sameSentence(doc: AnalysedDocument, a: Quote, b: Quote): boolean {
  return sentenceAt(doc, a.start) === sentenceAt(doc, b.start) || paragraphIndexAt(doc, a.end - 1) === paragraphIndexAt(doc, b.start);
}
