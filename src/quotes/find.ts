/**
 * Pairs quotation marks into quotes. Handles what news does with them: a quote that runs over a
 * paragraph break, and the news-style multi-paragraph quote, where each paragraph opens with a
 * mark and only the last one closes. A mark left open at the end of its paragraph, with nothing
 * to continue it, closes there: the quote is kept, not dropped.
 */
import { paragraphIndexAt, spanOf, type AnalysedDocument } from '../document/analyse.js';
import type { Extractor } from '../pipeline.js';
import type { Quote, QuoteFragment } from '../types.js';
import { findMarks, type Mark } from './marks.js';
import { quoteForm } from './form.js';
import { pairSingleMarks } from './single-marks.js';

export const quotations: Extractor = {
  name: 'quotations',
  extract(doc) {
    const double = pairMarks(doc);
    const single = pairSingleMarks(doc, double.map((fs) => [fs[0]![0], fs.at(-1)![1]])).map((f) => [f]);
    const groups = [...double, ...single].sort((a, b) => a[0]![0] - b[0]![0]);
    return { quotes: groups.map((fragments, i) => makeQuote(doc, `q${i}`, fragments)) };
  },
};

/** Groups of fragments, one group a quote, as [start, end) offsets including the marks. */
function pairMarks(doc: AnalysedDocument): Array<Array<[number, number]>> {
  const marks = findMarks(doc.text, doc.norm);
  const quotes: Array<Array<[number, number]>> = [];
  let open: Mark | null = null;
  let current: Array<[number, number]> = [];
  const paragraphEnd = (at: number) => doc.paragraphs[paragraphIndexAt(doc, at)]!.end;
  const paragraphStart = (at: number) => doc.paragraphs[paragraphIndexAt(doc, at)]!.start;
  const finish = () => {
    if (current.length) quotes.push(current);
    current = [];
  };

  for (const mark of marks) {
    if (!open) {
      if (mark.facing !== 'close') open = mark;
      continue;
    }
    const sameParagraph = paragraphIndexAt(doc, mark.at) === paragraphIndexAt(doc, open.at);
    if (sameParagraph) {
      if (mark.facing === 'open') {
        // Two openers in a row: the first was never closed; keep it up to the new one.
        current.push([open.at, mark.at]);
        finish();
        open = mark;
      } else {
        current.push([open.at, mark.at + 1]);
        finish();
        open = null;
      }
      continue;
    }
    const startsParagraph = mark.at === paragraphStart(mark.at);
    if (startsParagraph && mark.facing !== 'close') {
      // News style: the quote goes on in a new paragraph that opens with a mark of its own.
      current.push([open.at, paragraphEnd(open.at)]);
      open = mark;
    } else if (mark.facing !== 'open') {
      // One quotation over a paragraph break, closed in the later paragraph.
      current.push([open.at, mark.at + 1]);
      finish();
      open = null;
    } else {
      current.push([open.at, paragraphEnd(open.at)]);
      finish();
      open = mark;
    }
  }
  if (open) current.push([open.at, paragraphEnd(open.at)]);
  finish();
  return quotes;
}

function makeQuote(doc: AnalysedDocument, id: string, pieces: Array<[number, number]>): Quote {
  const fragments = pieces.map(([start, end]) => fragment(doc, start, end));
  const start = fragments[0]!.start;
  const end = fragments.at(-1)!.end;
  const paragraphs = paragraphIndexAt(doc, end - 1) - paragraphIndexAt(doc, start) + 1;
  return {
    kind: 'quote', id, form: quoteForm(doc, start, end), fragments, speaker: null, cue: null,
    full: { start, end }, paragraphs, start, end, text: doc.text.slice(start, end),
  };
}

/** A fragment with its content: the words inside the marks, trimmed of spaces. */
export function fragment(doc: AnalysedDocument, start: number, end: number): QuoteFragment {
  let s = start + 1;
  let e = (doc.norm[end - 1] === '"' || doc.norm[end - 1] === "'") && end - 1 > start ? end - 1 : end;
  while (s < e && /\s/.test(doc.norm[s]!)) s++;
  while (e > s && /\s/.test(doc.norm[e - 1]!)) e--;
  return { ...spanOf(doc, start, end), content: spanOf(doc, s, e) };
}
