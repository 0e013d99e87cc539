/**
 * The comparison as a markdown (GFM) document, for a document or an issue: a story table (one row
 * per statement several outlets report, one column per outlet, "—" where an outlet omits it), what
 * each outlet alone reports, sources and entities by name and dates in words (✓ per outlet),
 * misquote drift and framing. Pure: results and comparison in, string out.
 */
import type { Comparison, ExtractResult } from '../types.js';
import { clip, statementLine, story, type CoverageRow } from './story.js';

/** Options of {@link comparisonMarkdown}. */
export interface ComparisonMarkdownOptions {
  /** Names of the articles, in the order compared. */
  names?: string[];
  /** Most characters of a claim in a cell; claims are whole by default. */
  maxClaim?: number;
}

const cell = (v: string) => v.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const head = (cells: string[]) => [row(cells), `|${cells.map(() => ' --- ').join('|')}|`];

/**
 * The comparison of two or more extractions (in the order compared) as a markdown document: story
 * table, what each outlet alone reports, sources, entities and dates by outlet, drift and framing.
 */
export function comparisonMarkdown(results: readonly ExtractResult[], c: Comparison, options: ComparisonMarkdownOptions = {}): string {
  const s = story(results, c, options.names);
  const max = options.maxClaim ?? Infinity;
  const out: string[] = ['# Comparison', '', ...s.names.map((n, i) => `- **${s.labels[i]}**: ${cell(n)} (${c.outlets[i]!.claims} claims, ${c.outlets[i]!.only.length} its own)`), ''];
  out.push(`## Statements several outlets report (${s.rows.length})`, '');
  if (s.rows.length) {
    out.push(...head(['#', 'what', ...s.labels]));
    for (const r of s.rows) {
      const what = `${r.cluster.kind}${r.speaker ? `, ${r.speaker}` : ''}`;
      out.push(row([String(r.n), what, ...r.cells.map((xs) => (xs.length ? xs.map((x) => statementLine(x, max)).join(' … ') : '—'))]));
    }
  } else out.push('None.');
  out.push('', '## Reported by one outlet only', '');
  s.only.forEach((claims, i) => {
    out.push(`### Only in ${s.labels[i]} (${claims.length})`, '');
    for (const x of claims) out.push(`- ${cell(statementLine(x, max))}`);
    out.push('');
  });
  const table = (title: string, rows: CoverageRow[]) => {
    out.push(`## ${title}`, '');
    if (!rows.length) return void out.push('None.', '');
    out.push(...head([title.split(' ')[0]!, ...s.labels]), ...rows.map((r) => row([r.name, ...r.in.map((x) => (x ? '✓' : ''))])), '');
  };
  table('Sources quoted or cited', s.sources);
  table('Entities named', s.entities);
  table('Dates given', s.dates);
  const drift = s.rows.filter((r) => r.drift.length);
  if (drift.length) {
    out.push('## Misquote drift', '', 'One speaker, one statement, other words (only the stretch both outlets quote is compared).', '');
    for (const r of drift) for (const d of r.drift) {
      out.push(`- ${r.n}. ${cell(r.speaker ?? 'the speaker')}: ${d.runs.map(([x, y]) => `${s.labels[d.a]} “${cell(x) || '…'}” / ${s.labels[d.b]} “${cell(y) || '…'}”`).join('; ')}`);
    }
    out.push('');
  }
  out.push('## Framing: loaded words in each outlet\'s own voice', '');
  s.framing.forEach((words, i) => out.push(`- **${s.labels[i]}**: ${words.map((w) => `${cell(clip(w.text, 80))} (${w.reason})`).join(', ') || '—'}`));
  return out.join('\n') + '\n';
}
