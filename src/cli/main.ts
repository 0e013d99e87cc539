#!/usr/bin/env node
/**
 * The newsclaims command line (Node only).
 *   newsclaims extract FILE [--format json|text] [--date YYYY-MM-DD]
 *   newsclaims compare A B [--format json|text|html] [--date YYYY-MM-DD]
 * FILE may be "-" for standard input. Errors print one line and exit non-zero: 2 for a bad command
 * line, option or input (NewsclaimsError), 1 for a file that cannot be read or anything else. The
 * text comparison fits the terminal's width, or 100 columns when the output is not a terminal.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compare, extract, NewsclaimsError, type ExtractOptions } from '../index.js';
import { comparisonText, extractionText } from '../report/text.js';
import { comparisonHtml } from '../report/html.js';
import { readErrorMessage } from './read-error.js';

const USAGE = `usage:
  newsclaims extract FILE [--format json|text] [--date YYYY-MM-DD]
  newsclaims compare A B [--format json|text|html] [--date YYYY-MM-DD]
FILE may be - for standard input. --format html writes one self-contained page.`;

class UsageError extends Error {}

/** Width of the text report: the terminal's, or 100 columns when writing to a file or a pipe. */
export function outputWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 100;
}

export function run(argv: string[], width = 100): { stdout: string; code: number } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string', default: 'json' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return { stdout: USAGE + '\n', code: 0 };
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

function main(): void {
  try {
    const { stdout, code } = run(process.argv.slice(2), outputWidth());
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

main();
