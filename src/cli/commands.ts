/**
 * `newsclaims extract FILE` and `newsclaims compare A B`: one or two documents in, one report out.
 * main.ts imports this module only for these commands, so that `extract --jsonl`, whose workers
 * hold their own copy of the library, does not also load the library's models on its main thread.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compare, extract, type ExtractOptions } from '../index.js';
import { comparisonText, extractionText } from '../report/text.js';
import { comparisonHtml } from '../report/html.js';
import { parse, USAGE, UsageError } from './args.js';
import { readErrorMessage } from './read-error.js';

/** Width of the text report: the terminal's, or 100 columns when writing to a file or a pipe. */
export function outputWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 100;
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
