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
import { accessSync, constants, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runBatch } from '../node/batch.js';
import { referenceDateOf } from '../options.js';
import { parse, USAGE, UsageError } from './args.js';
import { readErrorMessage } from './read-error.js';

/**
 * The one-document commands, built as their own file next to this one (tsup.config.ts). Imported
 * by URL, so that the bundler leaves the import alone and `extract --jsonl` never loads the library:
 * its workers hold their own copies, and loading compromise here as well costs ~0.4 s of CPU at
 * start-up that the workers, starting at the same moment, would have to share the cores with.
 */
const COMMANDS = new URL('./cli-commands.js', import.meta.url).href;

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
    const { run, outputWidth } = (await import(COMMANDS)) as typeof import('./commands.js');
    const { stdout, code } = run(argv, outputWidth());
    process.stdout.write(stdout);
    process.exitCode = code;
  } catch (e) {
    // One line: a message from deep inside a library may span several.
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    const usage = isNamed(e, 'UsageError') || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`newsclaims: ${message}${usage ? `\n${USAGE}` : ''}\n`);
    process.exitCode = isNamed(e, 'NewsclaimsError') || usage ? 2 : 1;
  }
}

/**
 * By name, not instanceof: errors from the one-document commands come from cli-commands.js, whose
 * bundle has its own copies of the NewsclaimsError and UsageError classes.
 */
function isNamed(e: unknown, name: 'NewsclaimsError' | 'UsageError'): boolean {
  return e instanceof Error && e.name === name;
}

void main();
