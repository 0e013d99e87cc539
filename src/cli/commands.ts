/**
 * `newsclaims extract FILE` and `newsclaims compare A B [C ...]`: documents in, one report out.
 * main.ts imports this module only for these commands, so that `extract --jsonl`, whose workers
 * hold their own copy of the library, does not also load the library's models on its main thread.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
// The package by its name: the built command line imports dist/index.js instead of holding a copy of it.
import { compare, comparisonHtml, comparisonMarkdown, comparisonText, extract, extractionText, type ExtractOptions } from 'newsclaims';
import { comparisonRows, extractionRows, toCsv, toMarkdown } from '../report/claim-table.js';
import { documentPlan } from './args.js';
import { decodeText } from './decode.js';
import { fileLabel, readErrorMessage } from './read-error.js';

/** Width of the text report: the terminal's, or 100 columns when writing to a file or a pipe. */
export function outputWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 100;
}

/** Where the one-document commands read standard input from, and whether it is a terminal. */
export interface Stdin {
  isTTY: boolean;
  read(): Uint8Array;
}

const processStdin: Stdin = {
  get isTTY() {
    return process.stdin.isTTY === true;
  },
  read: () => readFileSync(0),
};

/** Runs a one-document command line (args.ts checks it first) and returns what to print. */
export function run(argv: string[], width = 100, stdin: Stdin = processStdin): { stdout: string; code: number } {
  const { command, files, format, date, title: headline, full } = documentPlan(argv, stdin.isTTY);
  const options: ExtractOptions = date === undefined ? {} : { referenceDate: date };
  if (command === 'extract') {
    const file = files[0]!;
    const r = extract(read(file, stdin), headline === undefined ? options : { ...options, title: headline });
    const out = format === 'json' ? JSON.stringify(r, null, 2) + '\n'
      : format === 'text' ? extractionText(r, title(file), { full })
        : format === 'csv' ? toCsv(extractionRows(r)) : toMarkdown(extractionRows(r));
    return { stdout: out, code: 0 };
  }
  const texts = files.map((f) => read(f, stdin));
  const names = files.map(title);
  const results = texts.map((t) => extract(t, options));
  const comparison = compare(results[0]!, results[1]!, ...results.slice(2));
  const json = results.length === 2 ? { a: results[0], b: results[1], comparison } : { results, comparison };
  const out = format === 'json' ? JSON.stringify(json, null, 2) + '\n'
    : format === 'html' ? comparisonHtml({ results, comparison, texts, names })
      : format === 'text' ? comparisonText(results, comparison, { names, width, full })
        : format === 'csv' ? toCsv(comparisonRows(results, comparison)) : comparisonMarkdown(results, comparison, { names });
  return { stdout: out, code: 0 };
}

function read(file: string, stdin: Stdin): string {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? stdin.read() : readFileSync(file);
  } catch (e) {
    throw new Error(readErrorMessage(file, e));
  }
  return decodeText(bytes, file === '-' ? 'standard input' : fileLabel(file));
}

function title(file: string): string {
  return file === '-' ? 'stdin' : basename(file);
}

