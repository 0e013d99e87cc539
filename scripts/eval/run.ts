/**
 * `npm run eval`: runs newsclaims' public `extract` over the development sets in shared/eval and
 * prints one markdown table with the targets beside the figures. Progress goes to stderr, so stdout
 * holds only the table (or the JSON, with `--json`).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, extract, type ExtractResult } from '../../src/index.js';
import { type FileResult, pool } from './aggregate.js';
import { parseArgs } from './args.js';
import { FILES, readRecords } from './data.js';
import type { ErrorRow } from './errors.js';
import { evaluateFile } from './evaluate-file.js';
import { evaluateStories, type StoryComparison } from './evaluate-stories.js';
import { rowsFor } from './figures.js';
import { markdownTable, notes } from './table.js';

/** The project root, two folders above this script, whatever the cwd. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The outlets of a story compared together: every two members of a cluster are linked. */
function compareStory(results: ExtractResult[]): StoryComparison {
  const c = compare(results[0]!, results[1]!, ...results.slice(2));
  const links = c.clusters.flatMap((k) => k.members.flatMap((a, x) => k.members.slice(x + 1).filter((b) => b.outlet !== a.outlet).map((b) => ({ a, b }))));
  return { links, framing: c.outlets.map((o) => o.framing) };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = args.data === null ? resolve(PROJECT_ROOT, '..', 'shared', 'eval') : resolve(args.data);
  const errorRows: ErrorRow[] = [];
  const sink = args.errors === null ? null : (row: ErrorRow) => void errorRows.push(row);

  const started = performance.now();
  // Model loading happens on the first call: time it apart, so the first file's words/s is not skewed.
  extract('Warm-up, said nobody.');
  const coldMs = performance.now() - started;
  const results: FileResult[] = [];
  const skipped: string[] = [];
  for (const file of FILES.filter((f) => args.only.includes(f.set))) {
    const records = readRecords(dataDir, file.file, args.limit);
    if (records === null) {
      skipped.push(join(dataDir, file.file));
      process.stderr.write(`skipped ${file.file}: not in ${dataDir}\n`);
      continue;
    }
    process.stderr.write(`${file.file}: ${records.length} docs\n`);
    results.push(file.task === 'comparison' ? evaluateStories(file, records, extract, compareStory, sink) : evaluateFile(file, records, extract, sink));
  }
  const totalMs = performance.now() - started;

  // TempEval-3 is judged on both of its files together; each file keeps its own rows too.
  const te3 = pool('TE-3 (all)', results.filter((r) => r.file.set === 'tempeval'));
  const shown = te3 && results.filter((r) => r.file.set === 'tempeval').length > 1 ? [...results, te3] : results;
  const rows = shown.flatMap(rowsFor);
  const table = `${markdownTable(rows)}\n\n${notes(results, skipped, totalMs, coldMs)}\n`;

  // With JSON on stdout the table moves to stderr, so stdout stays parseable.
  if (args.json === '-') process.stderr.write(table);
  else process.stdout.write(table);
  if (args.json !== null) {
    const json = JSON.stringify({
      dataDir, limit: args.limit, only: args.only, totalMs: Math.round(totalMs), coldStartMs: Math.round(coldMs), skipped,
      files: results.map((r) => ({ label: r.file.label, file: r.file.file, docs: r.docs, failures: r.failures,
        unusableDct: r.unusableDct,
        extractMs: Math.round(r.ms), words: r.words })),
      rows,
    }, null, 2);
    if (args.json === '-') process.stdout.write(`${json}\n`);
    else writeFileSync(args.json, `${json}\n`);
  }
  if (args.errors !== null) {
    writeFileSync(args.errors, errorRows.map((r) => JSON.stringify(r)).join('\n') + (errorRows.length ? '\n' : ''));
    process.stderr.write(`wrote ${errorRows.length} error rows to ${args.errors}\n`);
  }
  // Failed documents make the run fail, after the table is out: they must not pass unnoticed.
  if (results.some((r) => r.failures.length > 0)) process.exitCode = 1;
}

try {
  main();
} catch (e) {
  // Bad arguments or unreadable data: a message, not a stack trace.
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
