/**
 * `npm run eval`: runs newsclaims' public `extract` over the development sets in shared/eval and
 * prints one markdown table with the targets beside the figures. Progress goes to stderr, so stdout
 * holds only the table (or the JSON, with `--json`).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FileResult, pool } from './aggregate';
import { parseArgs } from './args';
import { FILES, readRecords } from './data';
import type { ErrorRow } from './errors';
import { type Extract, evaluateFile } from './evaluate-file';
import { rowsFor } from './figures';
import { markdownTable, notes } from './table';

/** The nearest folder holding package.json above this script (works as CJS or ESM, from any cwd). */
function projectRoot(): string {
  let dir = dirname(resolve(process.argv[1] ?? '.'));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

/** Loaded at run time so a branch without the API yet fails with a clear message, not a stack. */
async function loadExtract(root: string): Promise<Extract> {
  const path = join(root, 'src', 'index.ts');
  if (!existsSync(path)) throw new Error(`${path} not found: the public API is not on this branch yet`);
  const mod = (await import(pathToFileURL(path).href)) as { extract?: unknown; default?: { extract?: unknown } };
  const fn = mod.extract ?? mod.default?.extract;
  if (typeof fn !== 'function') throw new Error(`${path} does not export a function named extract`);
  return fn as Extract;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = projectRoot();
  const dataDir = args.data === null ? resolve(root, '..', 'shared', 'eval') : resolve(args.data);
  const extract = await loadExtract(root);
  const errorRows: ErrorRow[] = [];
  const sink = args.errors === null ? null : (row: ErrorRow) => void errorRows.push(row);

  const started = performance.now();
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
    results.push(evaluateFile(file, records, extract, sink));
  }
  const totalMs = performance.now() - started;

  // TempEval-3 is judged on both of its files together; each file keeps its own rows too.
  const te3 = pool('TE-3 (all)', results.filter((r) => r.file.set === 'tempeval'));
  const shown = te3 && results.filter((r) => r.file.set === 'tempeval').length > 1 ? [...results, te3] : results;
  const rows = shown.flatMap(rowsFor);
  const table = `${markdownTable(rows)}\n\n${notes(results, skipped, totalMs)}\n`;

  // With JSON on stdout the table moves to stderr, so stdout stays parseable.
  if (args.json === '-') process.stderr.write(table);
  else process.stdout.write(table);
  if (args.json !== null) {
    const json = JSON.stringify({
      dataDir, limit: args.limit, only: args.only, totalMs: Math.round(totalMs), skipped,
      files: results.map((r) => ({ label: r.file.label, file: r.file.file, docs: r.docs, failures: r.failures,
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

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
