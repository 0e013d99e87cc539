#!/usr/bin/env node
/**
 * The newsclaims command line (Node only).
 *   newsclaims extract FILE [--format json|text] [--date YYYY-MM-DD]
 *   newsclaims extract --jsonl [FILES...] [--jobs N] [--date YYYY-MM-DD]
 *   newsclaims compare A B [--format json|text|html] [--date YYYY-MM-DD]
 * FILE may be "-" for standard input. Errors print one line and exit non-zero: 2 for a bad command
 * line, option or input (NewsclaimsError), 1 for a file that cannot be read or anything else. The
 * text comparison fits the terminal's width, or 100 columns when the output is not a terminal.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compare, extract, NewsclaimsError, type ExtractOptions } from '../index.js';
import { comparisonText, extractionText } from '../report/text.js';
import { comparisonHtml } from '../report/html.js';
import { runBatch } from '../node/batch.js';
import { referenceDateOf } from '../options.js';
import { readErrorMessage } from './read-error.js';

const USAGE = `usage:
  newsclaims extract FILE [--format json|text] [--date YYYY-MM-DD]
  newsclaims extract --jsonl [FILES...] [--jobs N] [--date YYYY-MM-DD]
  newsclaims compare A B [--format json|text|html] [--date YYYY-MM-DD]
FILE may be - for standard input. --format html writes one self-contained page.
--jsonl reads one {"id", "text", "date"?} object per line (from FILES, or standard input when none)
and writes one {"id", "result"} or {"id"?, "line", "error"} per line, in input order, on N worker
threads (default: one per core).`;

class UsageError extends Error {}

/** Width of the text report: the terminal's, or 100 columns when writing to a file or a pipe. */
export function outputWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 100;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'json' },
      date: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export function run(argv: string[], width = 100): { stdout: string; code: number } {
  const { values, positionals } = parse(argv);
  if (values.help) return { stdout: USAGE + '\n', code: 0 };
  if (values.jobs !== undefined) throw new UsageError('--jobs goes with extract --jsonl');
  const format = values.format;
  if (format !== 'json' && format !== 'text' && format !== 'html') throw new UsageError(`--format must be json, text or html, got ${format}`);
  const options: ExtractOptions = values.date ? { referenceDate: values.date } : {};
  const [command, ...files] = positionals;
  if (command === 'extract') {
    if (files.length !== 1) throw new UsageError('extract takes one FILE');
    if (format === 'html') throw new UsageError('--format html is for compare; extract prints json or text');
    const r = extract(read(files[0]!), options);
    return { stdout: format === 'json' ? JSON.stringify(r, null, 2) + '\n' : extractionText(r, name(files[0]!)), code: 0 };
  }
  if (command === 'compare') {
    if (files.length !== 2) throw new UsageError('compare takes two files, A and B');
    const texts: [string, string] = [read(files[0]!), read(files[1]!)];
    const names: [string, string] = [name(files[0]!), name(files[1]!)];
    const a = extract(texts[0], options);
    const b = extract(texts[1], options);
    const comparison = compare(a, b);
    if (format === 'json') return { stdout: JSON.stringify({ a, b, comparison }, null, 2) + '\n', code: 0 };
    if (format === 'html') return { stdout: comparisonHtml({ a, b, comparison, texts, names }), code: 0 };
    return { stdout: comparisonText(a, b, comparison, { names, width }), code: 0 };
  }
  throw new UsageError(command ? `unknown command ${command}` : 'no command given');
}

function read(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new Error(readErrorMessage(file, e));
  }
}

function name(file: string): string {
  return file === '-' ? 'stdin' : basename(file);
}

/** extract --jsonl: streams; exit code 1 when any line failed (each failure has its own line). */
async function batch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, ...files] = positionals;
  if (command !== 'extract') throw new UsageError('--jsonl goes with extract');
  if (values.format !== 'json') throw new UsageError(`--jsonl writes JSON lines; --format ${values.format} does not apply`);
  if (values.date !== undefined) referenceDateOf(values.date);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer, got ${values.jobs}`);
  // Fail before starting any worker: a missing file is a mistake in the command, not in a line.
  for (const f of files) {
    if (f === '-') continue;
    try {
      accessSync(f, constants.R_OK);
      // A directory passes the access check but cannot be read as lines.
      if (statSync(f).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    } catch (e) {
      throw new Error(readErrorMessage(f, e));
    }
  }
  const summary = await runBatch({ inputs: files, jobs, defaultDate: values.date, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  return summary.failed > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  try {
    const argv = process.argv.slice(2);
    if (parse(argv).values.jsonl) {
      process.exitCode = await batch(argv);
      return;
    }
    const { stdout, code } = run(argv, outputWidth());
    process.stdout.write(stdout);
    process.exitCode = code;
  } catch (e) {
    // One line: a message from deep inside a library may span several.
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    const usage = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`newsclaims: ${message}${usage ? `\n${USAGE}` : ''}\n`);
    process.exitCode = e instanceof NewsclaimsError || usage ? 2 : 1;
  }
}

void main();
