/** Plain-text reports for a terminal: one extraction, or a comparison of two. Pure: no I/O. */
import type { Claim, Comparison, ExtractResult } from '../types.js';
import { clipLines, columnWidth, sideBySide, wrap } from './columns.js';
import { dateKeyWords, dateWords } from './date-words.js';
import { count } from './plural.js';

/** Options of {@link extractionText}. */
export interface ExtractionTextOptions {
  /** Print every claim and quote whole; by default each is cut at 140 characters. */
  full?: boolean;
}

/** Most characters of a claim or quote on one line of the extraction report, unless `full`. */
const MAX_LINE_TEXT = 140;

/** A report of one extraction to read in a terminal: counts, claims, quotes, entities, dates. */
export function extractionText(r: ExtractResult, title = 'Article', options: ExtractionTextOptions = {}): string {
  const max = options.full ? Infinity : MAX_LINE_TEXT;
  const lines: string[] = [`${title}: ${count(r.paragraphs.length, 'paragraph')}, ${count(r.sentences.length, 'sentence')}, reference date ${r.referenceDate.value ?? 'none'} (${r.referenceDate.source})`];
  lines.push('', `Claims (${r.claims.length})`);
  for (const c of r.claims) lines.push(`  ${claimLine(c, max)}`);
  lines.push('', `Quotes (${r.quotes.length})`);
  for (const q of r.quotes) {
    const who = q.speaker ? `${q.speaker.name ?? '?'} [${q.speaker.evidence}]` : 'unattributed';
    lines.push(`  ${q.form}${q.fragments.length > 1 ? `, ${q.fragments.length} parts` : ''}${q.paragraphs > 1 ? `, ${q.paragraphs} paragraphs` : ''} - ${who}${q.cue ? ` - cue "${q.cue.text}"` : ''}`);
    lines.push(`    ${clip(q.text, max)}`);
  }
  if (r.quotedTerms.length) lines.push('', `Quoted terms (${r.quotedTerms.length})`, ...r.quotedTerms.map((t) => `  ${t.role}: ${t.text}`));
  lines.push('', `Entities (${r.entities.length})`);
  for (const e of r.entities) {
    const forms = [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name);
    lines.push(`  ${e.type.padEnd(12)} ${e.name} x${e.mentions.length}${forms.length ? ` (also: ${forms.join('; ')})` : ''}`);
  }
  lines.push('', `Dates (${r.dates.length})`);
  for (const d of r.dates) {
    const notes = [`${d.value ?? '?'} ${d.type}`, d.implied.length ? `implied: ${d.implied.join(', ')}` : '', d.inconsistent ? 'the weekday does not fit the date' : ''];
    lines.push(`  ${d.text} -> ${dateWords(d, r)} [${notes.filter(Boolean).join('; ')}]`);
  }
  return lines.join('\n') + '\n';
}

/** Options of {@link comparisonText}. */
export interface ComparisonTextOptions {
  /** Names of the two articles, shown in the header. */
  names?: [string, string];
  /** Total width in characters: the terminal's, or 100 when not writing to one. */
  width?: number;
  /** Print every claim whole; by default a claim takes at most 5 lines of its column. */
  full?: boolean;
}

/** Most lines a claim takes in a column: enough to recognise it, not a reprint of the article. */
const MAX_CLAIM_LINES = 5;

/** A side-by-side report: article A on the left, B on the right, aligned claims on one row. */
export function comparisonText(a: ExtractResult, b: ExtractResult, c: Comparison, options: ComparisonTextOptions = {}): string {
  const [nameA, nameB] = options.names ?? ['A', 'B'];
  const total = Math.max(60, options.width ?? 100);
  const col = columnWidth(total);
  const ca = new Map(a.claims.map((x) => [x.id, x]));
  const cb = new Map(b.claims.map((x) => [x.id, x]));
  const block = (claim: Claim) => (options.full ? wrap(claimLine(claim, Infinity), col) : clipLines(wrap(claimLine(claim, MAX_LINE_TEXT), col), MAX_CLAIM_LINES, col));
  const rule = (title: string) => ['', `${title} ${'─'.repeat(Math.max(0, total - title.length - 1))}`];
  const lines: string[] = [...sideBySide(wrap(`A: ${nameA}`, col), wrap(`B: ${nameB}`, col), col)];

  lines.push(...rule(`Claims both report (${c.pairs.length})`));
  c.pairs.forEach((p, i) => {
    const why = [`score ${p.score.toFixed(2)}`, p.evidence.sameSpeaker ? 'same speaker' : '', p.evidence.sharedEntities.length ? `entities: ${p.evidence.sharedEntities.join(', ')}` : '', `words: ${p.evidence.sharedWords.join(', ')}`].filter(Boolean).join(' · ');
    lines.push('', ...clipLines(wrap(`${i + 1}. ${why}`, total), 2, total), ...sideBySide(block(ca.get(p.a)!), block(cb.get(p.b)!), col));
  });

  lines.push(...rule('Reported by one outlet only'));
  const only = (ids: string[], claims: Map<string, Claim>) => ids.flatMap((id) => [...block(claims.get(id)!), '']);
  lines.push(...sideBySide([`Only in A (${c.onlyA.length})`, '', ...only(c.onlyA, ca)], [`Only in B (${c.onlyB.length})`, '', ...only(c.onlyB, cb)], col));

  const same = (x: string) => x;
  const sets = [
    ['Sources quoted or cited', c.sources, same, same],
    ['Entities named', c.entities, same, same],
    ['Dates given', c.dates, (x: string) => dateKeyWords(x, a), (x: string) => dateKeyWords(x, b)],
  ] as const;
  for (const [label, set, inA, inB] of sets) {
    lines.push(...rule(label), ...wrap(`both: ${set.shared.map(inA).join('; ') || '-'}`, total));
    lines.push(...sideBySide(wrap(`only A: ${set.onlyA.map(inA).join('; ') || '-'}`, col), wrap(`only B: ${set.onlyB.map(inB).join('; ') || '-'}`, col), col));
  }
  const framing = (f: Comparison['framing']['a']) => f.map((w) => `${w.text} (${w.reason})`).join(', ') || '-';
  lines.push(...rule('Framing: loaded words in the outlet\'s own voice'), ...sideBySide(wrap(`A: ${framing(c.framing.a)}`, col), wrap(`B: ${framing(c.framing.b)}`, col), col));
  return lines.join('\n') + '\n';
}

function claimLine(c: Claim, max: number): string {
  const who = c.speaker?.name ?? (c.source === 'narrative' ? 'the outlet' : 'unattributed');
  return `[${c.source}${c.type === 'belief' ? ', belief' : ''}] ${who}${c.cue ? ` (${c.cue.text})` : ''}: ${clip(c.content.text, max)}`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
