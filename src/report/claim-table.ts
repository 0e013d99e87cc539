/**
 * Claims as a table, one row per claim, for spreadsheets (CSV, RFC 4180) and documents (a markdown
 * table). Every claim is whole: nothing is cut. Pure: results in, string out.
 */
import type { Claim, Comparison, ExtractResult } from '../types.js';

/** The columns of a claim row, in order. */
export const CLAIM_COLUMNS = ['id', 'source', 'type', 'speaker', 'cue', 'content', 'start', 'end', 'confidence', 'rule'] as const;

type Cell = string | number;

function claimRow(c: Claim): Cell[] {
  return [c.id, c.source, c.type, c.speaker?.name ?? '', c.cue?.text ?? '', c.content.text, c.content.start, c.content.end, c.confidence, c.rule];
}

/** One row per claim of an extraction, under a header row. */
export function extractionRows(r: ExtractResult): Cell[][] {
  return [[...CLAIM_COLUMNS], ...r.claims.map(claimRow)];
}

/**
 * One row per claim of every compared article, with its article (A, B, C, ...) and the number of the
 * statement (cluster, from 1) it reports with other outlets, if any.
 */
export function comparisonRows(results: readonly ExtractResult[], c: Comparison): Cell[][] {
  const numbers = results.map(() => new Map<string, number>());
  c.clusters.forEach((k, i) => k.members.forEach((m) => numbers[m.outlet]!.set(m.claim, i + 1)));
  return [
    ['article', 'statement', ...CLAIM_COLUMNS],
    ...results.flatMap((r, o) => r.claims.map((x) => [c.outlets[o]!.label, numbers[o]!.get(x.id) ?? '', ...claimRow(x)])),
  ];
}

/** RFC 4180 CSV: every field that holds a comma, quotation mark or line break is quoted; CRLF line ends. */
export function toCsv(rows: Cell[][]): string {
  const field = (v: Cell) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A markdown (GFM) table; the first row is the header. A line break in a cell becomes a space, | is escaped. */
export function toMarkdown(rows: Cell[][]): string {
  const cell = (v: Cell) => String(v).replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const line = (r: Cell[]) => `| ${r.map(cell).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...body.map(line)].join('\n') + '\n';
}
