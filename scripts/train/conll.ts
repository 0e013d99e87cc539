/**
 * CoNLL-2003 records (../shared/train, jsonl) read into analysed documents with gold BILOU labels
 * per sentence, in the layouts the trainer uses: as given (sentences one space apart), one sentence
 * per line, and lines with a title-case headline.
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/document/analyse.js';
import { encode, type TokenSpan } from '../../src/entities/tagger/labels.js';
import { sentenceTokens, type PlacedToken } from '../../src/entities/tagger/tokens.js';

/** How a CoNLL document's sentences are laid out: as given (one space apart), one per line, or both copies. */
export type Layout = 'raw' | 'lines' | 'title' | 'title-caps' | 'both' | 'both-caps' | 'both-plain' | 'all';

export interface ConllRecord {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string }>;
  sentenceOffsets: Array<[number, number]>;
}

export interface Doc {
  /** Index of the record this copy was made from (copies of one record share it). */
  record: number;
  sentences: PlacedToken[][];
  gold: number[][];
  entities: Array<{ start: number; end: number; type: string }>;
}

export function readJsonl(file: string): ConllRecord[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ConllRecord);
}

/**
 * Each CoNLL sentence on a line of its own: news sets its headline, byline and dateline on lines
 * of their own, which CoNLL's one-space joins lose. Same-length replacement: offsets hold.
 */
function asLines(r: ConllRecord): string {
  const out = r.text.split('');
  for (const [, end] of r.sentenceOffsets) if (out[end] === ' ') out[end] = '\n';
  return out.join('');
}

/**
 * The same, with the headline in title case, as many outlets write it ("Judge Rebuffs Prosecutors
 * in Bid to ..."): Reuters headlines are in sentence case or capitals, so without this copy the
 * tagger would learn that a capital in a headline marks a name. Words of four letters or more get
 * a capital; same length, so offsets and labels hold. With `caps`, a headline in capitals is
 * recased too: words of four letters or more as "Xxxx", shorter ones in lower case unless they
 * are in a name ("UN", "US" stay).
 */
function titleHeadline(r: ConllRecord, text: string, caps = false): string {
  const [start, end] = r.sentenceOffsets[0] ?? [0, 0];
  let head = text.slice(start, end);
  if (caps && head === head.toUpperCase() && /\p{Lu}/u.test(head)) {
    const inName = (at: number) => r.entities.some((e) => e.start <= at && at < e.end);
    head = head.replace(/\p{L}+/gu, (w, at: number) => (w.length >= 4 ? w[0] + w.slice(1).toLowerCase() : inName(start + at) ? w : w.toLowerCase()));
  } else head = head.replace(/\b(\p{Ll})(?=\p{L}{3})/gu, (c) => c.toUpperCase());
  return text.slice(0, start) + head + text.slice(end);
}

const LAYOUTS: Record<Layout, (r: ConllRecord) => string[]> = {
  raw: (r) => [r.text],
  lines: (r) => [asLines(r)],
  title: (r) => [titleHeadline(r, asLines(r))],
  'title-caps': (r) => [titleHeadline(r, asLines(r), true)],
  both: (r) => [r.text, titleHeadline(r, asLines(r))],
  'both-caps': (r) => [r.text, titleHeadline(r, asLines(r), true)],
  'both-plain': (r) => [r.text, asLines(r)],
  all: (r) => [r.text, asLines(r), titleHeadline(r, asLines(r))],
};

/** Analysed documents with gold labels; `misaligned` counts entities not on token boundaries. */
export function prepare(records: ConllRecord[], layout: Layout): { docs: Doc[]; misaligned: number } {
  let misaligned = 0;
  const texts = records.flatMap((r, record) => LAYOUTS[layout](r).map((text) => ({ r, record, text })));
  const docs = texts.map(({ r, record, text }) => {
    const doc = analyse(text, { value: null, source: 'none' });
    const sentences = sentenceTokens(doc);
    const gold = sentences.map((tokens) => {
      const spans: TokenSpan[] = [];
      for (const e of r.entities) {
        const first = tokens.findIndex((t) => t.start === e.start);
        const last = tokens.findIndex((t) => t.end === e.end);
        if (first < 0 && last < 0) continue;
        if (first < 0 || last < 0 || last < first) {
          misaligned++;
          continue;
        }
        spans.push({ first, last, type: e.type as TokenSpan['type'] });
      }
      return encode(tokens.length, spans);
    });
    return { record, sentences, gold, entities: r.entities };
  });
  return { docs, misaligned };
}
