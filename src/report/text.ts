/** Plain-text reports for a terminal: one extraction, or a comparison of two. Pure: no I/O. */
import type { Claim, Comparison, ExtractResult } from '../types.js';
import { clipLines, columnWidth, sideBySide, wrap } from './columns.js';
import { dateWords } from './date-words.js';
import { listOf, splitCoverage, statementLine, story, type Story } from './story.js';
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
  /** Names of the articles, in the order compared, shown in the header. */
  names?: string[];
  /** Total width in characters: the terminal's, or 100 when not writing to one. */
  width?: number;
  /** Print every claim whole; by default a claim takes at most 5 lines of its column. */
  full?: boolean;
}

/** Most lines a claim takes in a column: enough to recognise it, not a reprint of the article. */
const MAX_CLAIM_LINES = 5;

/**
 * A comparison to read in a terminal. Two articles side by side, A on the left and B on the right,
 * the claims both report on one row; three or more as a story: each statement with its claim in
 * every outlet (or "omits"), then what each outlet alone reports. Then sources and entities by
 * name, dates in words, misquote drift and each outlet's framing words.
 */
export function comparisonText(results: readonly ExtractResult[], c: Comparison, options?: ComparisonTextOptions): string;
/** The two-article form of schema 1.2: `comparisonText(a, b, compare(a, b))`. */
export function comparisonText(a: ExtractResult, b: ExtractResult, c: Comparison, options?: ComparisonTextOptions): string;
export function comparisonText(...args: unknown[]): string {
  const [results, c, options = {}] = (Array.isArray(args[0]) ? args : [[args[0], args[1]], args[2], args[3]]) as [ExtractResult[], Comparison, ComparisonTextOptions | undefined];
  const s = story(results, c, options.names);
  const total = Math.max(60, options.width ?? 100);
  const lines = results.length === 2 ? sideBySideReport(s, c, total, options.full ?? false) : storyReport(s, total, options.full ?? false);
  lines.push(...coverageLines(s, total), ...driftLines(s, total), ...framingLines(s, total));
  return lines.join('\n') + '\n';
}

const ruleLine = (title: string, total: number) => ['', `${title} ${'─'.repeat(Math.max(0, total - title.length - 1))}`];

function block(claim: Claim, width: number, full: boolean): string[] {
  return full ? wrap(statementLine(claim), width) : clipLines(wrap(statementLine(claim, MAX_LINE_TEXT), width), MAX_CLAIM_LINES, width);
}

/** An outlet's claims in one row, one block each. */
function blocks(claims: readonly Claim[], width: number, full: boolean): string[] {
  return claims.flatMap((c) => block(c, width, full));
}

function sideBySideReport(s: Story, c: Comparison, total: number, full: boolean): string[] {
  const col = columnWidth(total);
  const lines: string[] = [...sideBySide(wrap(`A: ${s.names[0]}`, col), wrap(`B: ${s.names[1]}`, col), col)];
  lines.push(...ruleLine(`Claims both report (${s.rows.length})`, total));
  for (const row of s.rows) {
    const why = [`score ${row.cluster.links[0]?.score.toFixed(2) ?? '-'}`, row.evidence].filter(Boolean).join(' · ');
    lines.push('', ...clipLines(wrap(`${row.n}. ${why}`, total), 2, total), ...sideBySide(blocks(row.cells[0]!, col, full), blocks(row.cells[1]!, col, full), col));
  }
  lines.push(...ruleLine('Reported by one outlet only', total));
  const only = (claims: Claim[]) => claims.flatMap((x) => [...block(x, col, full), '']);
  lines.push(...sideBySide([`Only in A (${c.onlyA.length})`, '', ...only(s.only[0]!)], [`Only in B (${c.onlyB.length})`, '', ...only(s.only[1]!)], col));
  return lines;
}

function storyReport(s: Story, total: number, full: boolean): string[] {
  const label = (i: number) => `${s.labels[i]}  `;
  const inner = total - 4;
  const lines: string[] = s.names.flatMap((name, i) => wrap(`${s.labels[i]}: ${name}`, total));
  lines.push(...ruleLine(`Statements several outlets report (${s.rows.length})`, total));
  for (const row of s.rows) {
    const carried = listOf(row.cluster.carriedBy.map((o) => s.labels[o]!));
    const omitted = row.cluster.omittedBy.length ? `; ${listOf(row.cluster.omittedBy.map((o) => s.labels[o]!))} omit${row.cluster.omittedBy.length === 1 ? 's' : ''} it` : '';
    lines.push('', ...wrap(`${row.n}. ${row.cluster.kind}${row.speaker ? `, ${row.speaker}` : ''}: in ${carried}${omitted}`, total));
    row.cells.forEach((claims, i) => {
      const body = claims.length ? blocks(claims, inner, full) : ['(omits it)'];
      body.forEach((l, k) => lines.push(`${k === 0 ? label(i) : '   '} ${l}`));
    });
    if (row.evidence) lines.push(...clipLines(wrap(`   why: ${row.evidence}`, total), 2, total));
  }
  lines.push(...ruleLine('Reported by one outlet only', total));
  s.only.forEach((claims, i) => {
    lines.push('', `Only in ${s.labels[i]} (${claims.length})`);
    for (const x of claims) block(x, inner, full).forEach((l, k) => lines.push(`${k === 0 ? '  -' : '   '} ${l}`));
  });
  return lines;
}

function coverageLines(s: Story, total: number): string[] {
  const lines: string[] = [];
  const sets = [['Sources quoted or cited', s.sources], ['Entities named', s.entities], ['Dates given', s.dates]] as const;
  for (const [title, rows] of sets) {
    const { all, some, alone } = splitCoverage(rows);
    lines.push(...ruleLine(title, total), ...wrap(`${s.labels.length === 2 ? 'both' : 'all'}: ${all.join('; ') || '-'}`, total));
    for (const r of some) lines.push(...wrap(`${listOf(s.labels.filter((_, i) => r.in[i]))}: ${r.name}`, total));
    alone.forEach((names, i) => lines.push(...wrap(`only ${s.labels[i]}: ${names.join('; ') || '-'}`, total)));
  }
  return lines;
}

function driftLines(s: Story, total: number): string[] {
  const rows = s.rows.filter((r) => r.drift.length);
  if (!rows.length) return [];
  const lines = ruleLine('Misquote drift: one speaker, one statement, other words', total);
  for (const r of rows) for (const d of r.drift) {
    const runs = d.runs.map(([x, y]) => `${s.labels[d.a]} “${x || '…'}” / ${s.labels[d.b]} “${y || '…'}”`).join('; ');
    lines.push(...wrap(`${r.n}. ${r.speaker ?? 'the speaker'}: ${runs}`, total));
  }
  return lines;
}

function framingLines(s: Story, total: number): string[] {
  const lines = ruleLine('Framing: loaded words in the outlet\'s own voice', total);
  s.framing.forEach((words, i) => lines.push(...wrap(`${s.labels[i]}: ${words.map((w) => `${w.text} (${w.reason})`).join(', ') || '-'}`, total)));
  return lines;
}

function claimLine(c: Claim, max: number): string {
  const who = c.speaker?.name ?? (c.source === 'narrative' ? 'the outlet' : 'unattributed');
  return `[${c.source}${c.type === 'belief' ? ', belief' : ''}] ${who}${c.cue ? ` (${c.cue.text})` : ''}: ${clip(c.content.text, max)}`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
