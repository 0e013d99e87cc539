/** The markdown rendering of the results, meant to be pasted into the README as it is. */
import type { FileResult } from './aggregate.js';
import type { Row } from './figures.js';

const f3 = (x: number | null): string => (x === null ? '' : x.toFixed(3));

function targetCell(r: Row): string {
  if (r.target === null) return '';
  const verdict = `${r.bound === 'max' ? '≤' : '≥'} ${r.target.toFixed(2)} ${r.met ? 'met' : '**not met**'}`;
  // A model trained on these records: say so, and where the held-out figure is.
  return r.inSample ? `${verdict} in-sample (held out: ${r.inSample})` : verdict;
}

export function markdownTable(rows: readonly Row[]): string {
  const head = ['Set', 'Measure', 'Gold', 'Pred', 'P', 'R', 'F1 / acc', 'Target'];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`,
  ];
  for (const r of rows) {
    const cells = [r.set, r.measure, String(r.gold), r.pred === null ? '' : String(r.pred), f3(r.p), f3(r.r), f3(r.score), targetCell(r)];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Lines under the table: documents, failures (never hidden), speed, skipped files. */
export function notes(results: readonly FileResult[], skipped: readonly string[], totalMs: number, coldMs: number): string {
  const out: string[] = [];
  for (const r of results) {
    const wps = r.ms > 0 ? Math.round(r.words / (r.ms / 1000)) : 0;
    const failed = r.failures.length === 0 ? 'no failures'
      : `**${r.failures.length} failed** (${r.failures.slice(0, 5).map((f) => f.doc).join(', ')}${r.failures.length > 5 ? ', …' : ''})`;
    const dct = r.unusableDct.length === 0 ? ''
      : `, ${r.unusableDct.length} run without referenceDate (dct ${r.unusableDct.map((d) => JSON.stringify(d.dct)).join(', ')})`;
    out.push(`- ${r.file.label} (${r.file.file}): ${r.docs} docs, ${failed}${dct}, extract ${(r.ms / 1000).toFixed(1)} s, ${wps.toLocaleString('en-US')} words/s${r.stories ? `; ${r.stories} stories compared in ${Math.round(r.compareMs ?? 0)} ms${r.comparison?.unlocated ? `, ${r.comparison.unlocated} gold spans not found in their text` : ''}` : ''}`);
  }
  for (const s of skipped) out.push(`- skipped: ${s} (file absent)`);
  out.push(`- total wall time ${(totalMs / 1000).toFixed(1)} s (cold start ${Math.round(coldMs)} ms); failed documents score as empty output (their gold items count as missed).`);
  return out.join('\n');
}
