#!/usr/bin/env node
/**
 * The newsclaims command line (Node only). `newsclaims --help` and `newsclaims COMMAND --help` (in
 * args.ts) say what each command does. Errors print one line and exit non-zero: 2 for a bad
 * command line, option or input (with a pointer to the help for a bad command line), 1 for a file
 * that cannot be read or anything else.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runBatch } from '../node/batch.js';
import { referenceDateOf } from '../options.js';
import { checkDateOption, COMMAND_HELP, commandOf, documentPlan, HELP, parse, parseErrorMessage, usageLine, UsageError } from './args.js';
import { readErrorMessage } from './read-error.js';
import { VERSION } from './version.js';

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
  if (values.format !== undefined && values.format !== 'json') throw new UsageError(`--jsonl writes JSON lines; --format ${values.format} does not apply`, 'extract');
  if (values.full) throw new UsageError('--full goes with --format text, not --jsonl', 'extract');
  if (values.title !== undefined) throw new UsageError('--title goes with one FILE; with --jsonl, give each line its "title"', 'extract');
  checkDateOption(values.date, 'extract');
  if (values.date !== undefined) referenceDateOf(values.date);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer, got ${values.jobs}`, 'extract');
  // Fail before starting any worker: a missing file is a mistake in the command, not in a line.
  checkReadable(files);
  const summary = await runBatch({ inputs: files, jobs, defaultDate: values.date, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  return summary.failed > 0 ? 1 : 0;
}

/** Throws the one-line read error of the first input that cannot be read ("-" is standard input). */
function checkReadable(files: readonly string[]): void {
  for (const f of files) {
    if (f === '-') continue;
    try {
      accessSync(f, constants.R_OK);
      // A directory passes the access check but cannot be read.
      if (statSync(f).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    } catch (e) {
      throw new Error(readErrorMessage(f, e));
    }
  }
}

async function main(): Promise<void> {
  try {
    const argv = process.argv.slice(2);
    const { values, positionals } = parse(argv);
    if (values.version) {
      process.stdout.write(`${VERSION}\n`);
      return;
    }
    if (values.help) {
      const command = commandOf(positionals);
      if (positionals.length && !command) throw new UsageError(`unknown command ${positionals[0]}`);
      process.stdout.write(`${command ? COMMAND_HELP[command] : HELP}\n`);
      return;
    }
    if (values.jsonl) {
      process.exitCode = await batch(argv);
      return;
    }
    // Checked before the library loads, so a mistake or a missing file is reported at once.
    checkReadable(documentPlan(argv, process.stdin.isTTY === true).files);
    const { run, outputWidth } = (await import(COMMANDS)) as typeof import('./commands.js');
    const { stdout, code } = run(argv, outputWidth());
    process.stdout.write(stdout);
    process.exitCode = code;
  } catch (e) {
    // One line: a message from deep inside a library may span several.
    const parseError = (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    const message = (e instanceof Error ? (parseError ? parseErrorMessage(e.message) : e.message) : String(e)).split('\n')[0]!;
    const usage = parseError || isNamed(e, 'UsageError');
    const command = (e as { command?: 'extract' | 'compare' }).command ?? commandOf(process.argv.slice(2).filter((a) => !a.startsWith('-')));
    process.stderr.write(`newsclaims: ${usage ? usageLine(message, command) : message}\n`);
    process.exitCode = usage || isNamed(e, 'NewsclaimsError') || isNamed(e, 'InputEncodingError') ? 2 : 1;
  }
}

/**
 * By name, not instanceof: errors from the one-document commands come from cli-commands.js, whose
 * bundle has its own copies of the error classes.
 */
function isNamed(e: unknown, name: 'NewsclaimsError' | 'UsageError' | 'InputEncodingError'): boolean {
  return e instanceof Error && e.name === name;
}

void main();
