#!/usr/bin/env node
/**
 * The newsclaims command line (Node only).
 *   newsclaims extract FILE [--format json|text] [--date YYYY-MM-DD]
 *   newsclaims compare A B [--format json|text] [--date YYYY-MM-DD]
 * FILE may be "-" for standard input. Errors print one line and exit non-zero.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compare, extract, NewsclaimsError, type ExtractOptions } from '../index.js';
import { comparisonText, extractionText } from '../report/text.js';

const USAGE = `usage:
  newsclaims extract FILE [--format json|text] [--date YYYY-MM-DD]
  newsclaims compare A B [--format json|text] [--date YYYY-MM-DD]
FILE may be - for standard input.`;

class UsageError extends Error {}

export function run(argv: string[]): { stdout: string; code: number } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string', default: 'json' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return { stdout: USAGE + '\n', code: 0 };
  const format = values.format;
  if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, got ${format}`);
  const options: ExtractOptions = values.date ? { referenceDate: values.date } : {};
  const [command, ...files] = positionals;
  if (command === 'extract') {
    if (files.length !== 1) throw new UsageError('extract takes one FILE');
    const r = extract(read(files[0]!), options);
    return { stdout: format === 'json' ? JSON.stringify(r, null, 2) + '\n' : extractionText(r, name(files[0]!)), code: 0 };
  }
  if (command === 'compare') {
    if (files.length !== 2) throw new UsageError('compare takes two files, A and B');
    const a = extract(read(files[0]!), options);
    const b = extract(read(files[1]!), options);
    const c = compare(a, b);
    return { stdout: format === 'json' ? JSON.stringify({ a, b, comparison: c }, null, 2) + '\n' : comparisonText(a, b, c, [name(files[0]!), name(files[1]!)]), code: 0 };
  }
  throw new UsageError(command ? `unknown command ${command}` : 'no command given');
}

function read(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function name(file: string): string {
  return file === '-' ? 'stdin' : basename(file);
}

function main(): void {
  try {
    const { stdout, code } = run(process.argv.slice(2));
    process.stdout.write(stdout);
    process.exitCode = code;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const usage = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`newsclaims: ${message}${usage ? `\n${USAGE}` : ''}\n`);
    process.exitCode = e instanceof NewsclaimsError || usage ? 2 : 1;
  }
}

main();
