/**
 * The command line's arguments, shared by its two paths: one document (commands.ts) and the
 * --jsonl stream (batch in main.ts). Kept apart from both so that parsing a command line loads
 * neither the library nor the worker pool.
 */
import { parseArgs } from 'node:util';

export const USAGE = `usage:
  newsclaims extract FILE [--format json|text] [--date YYYY-MM-DD]
  newsclaims extract --jsonl [FILES...] [--jobs N] [--date YYYY-MM-DD]
  newsclaims compare A B [--format json|text|html] [--date YYYY-MM-DD]
FILE may be - for standard input. --format html writes one self-contained page.
--jsonl reads one {"id", "text", "date"?} object per line (from FILES, or standard input when none)
and writes one {"id", "result"} or {"id"?, "line", "error"} per line, in input order, on N worker
threads (default: one per core).`;

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parse(argv: string[]) {
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
