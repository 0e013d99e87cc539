/**
 * The command line's arguments and help, shared by its two paths: one document (commands.ts) and
 * the --jsonl stream (batch in main.ts). Kept apart from both so that parsing a command line loads
 * neither the library nor the worker pool.
 */
import { parseArgs } from 'node:util';

/** The commands, each with its own help. */
export type Command = 'extract' | 'compare';

const EXIT_CODES = `exit codes:
  0  done (with --jsonl: every line succeeded)
  1  a file could not be read; with --jsonl, some line failed (each failure is an output line)
  2  a bad command line, option or input (the message says which)`;

/** `newsclaims --help`: every command in one screen, and where to read more. */
export const HELP = `newsclaims: who said what, where, when, about whom, in news articles.

usage:
  newsclaims extract [FILE] [--format json|text|markdown|csv] [--date YYYY-MM-DD] [--title TEXT] [--full]
  newsclaims extract --jsonl [FILES...] [--jobs N] [--date YYYY-MM-DD]
  newsclaims compare A B [C ...] [--format json|text|html|markdown|csv] [--date YYYY-MM-DD] [--full]
  newsclaims --version

newsclaims extract --help and newsclaims compare --help describe every option, with examples.

${EXIT_CODES}`;

const COMMON = `  --date YYYY-MM-DD  the article's date, to resolve "Thursday" or "13 March" (default: a date
                     found at the top of the article, else none)
  --full             text format: print every claim and quote whole (default: cut at 140
                     characters, or 5 lines a claim in compare's columns)
  -h, --help         this help`;

/** Help of each command: what it does, every option, examples, exit codes. */
export const COMMAND_HELP: Record<Command, string> = {
  extract: `usage:
  newsclaims extract [FILE] [options]
  newsclaims extract --jsonl [FILES...] [--jobs N] [--date YYYY-MM-DD]

Reads one article (UTF-8, or UTF-16 with a byte-order mark) and prints its paragraphs, sentences,
entities, dates, quotes and claims. FILE may be - for standard input; with no FILE, standard input
is read when it is a pipe or a file.

options:
  --format FORMAT    json (default: the whole result, as extract() returns it), text (a report to
                     read), markdown or csv (one row per claim: id, source, type, speaker, cue,
                     content, start, end, confidence, rule)
  --title TEXT       the article's headline, when it is not part of FILE: the people it names
                     weigh in when "he" or "she" could stand for several
${COMMON}
  --jsonl            read one {"id", "text", "date"?, "title"?} object per line (from FILES, or standard input
                     when none) and write one {"id", "result"} or {"id"?, "line", "code", "error"}
                     per line, in input order
  --jobs N           with --jsonl: worker threads (default: one per core); the output does not
                     depend on N

examples:
  newsclaims extract article.txt --format text --date 2017-04-07
  curl -s https://example.com/article.txt | newsclaims extract --format csv > claims.csv
  newsclaims extract --jsonl articles.jsonl --jobs 2 > results.jsonl

${EXIT_CODES}`,
  compare: `usage:
  newsclaims compare A B [C ...] [options]

Reads two or more articles on the same story and prints the statements several of them report
(which outlets carry each, which omit it, and where they quote one speaker in other words), what
each reports alone, the sources, entities and dates each gives, and the loaded words each uses in
its own voice. One of the files may be - for standard input.

options:
  --format FORMAT    json (default: {a, b, comparison} for two articles, {results, comparison} for
                     more), text (two side by side, more as a story, fitted to the terminal, 100
                     columns into a file or a pipe), html (one self-contained page, nothing loaded
                     from the network), markdown (a story table and the lists, by name, dates in
                     words) or csv (one row per claim of every article, with its statement's number)
${COMMON}

examples:
  newsclaims compare a.txt b.txt --format text --date 2017-04-07
  newsclaims compare a.txt b.txt --format html > report.html
  newsclaims compare fox.txt nyt.txt huffpost.txt --format markdown > story.md

${EXIT_CODES}`,
};

/** Formats each one-document command prints. */
export const FORMATS: Record<Command, readonly string[]> = {
  extract: ['json', 'text', 'markdown', 'csv'],
  compare: ['json', 'text', 'html', 'markdown', 'csv'],
};

/**
 * A mistake in the command line: printed in one line with a pointer to the help of `command`
 * (or of newsclaims itself), exit code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
  }
}

/** The command a command line names, when it is one newsclaims knows. */
export function commandOf(positionals: readonly string[]): Command | undefined {
  const c = positionals[0];
  return c === 'extract' || c === 'compare' ? c : undefined;
}

/** The one line printed for a usage error: the message and where the help is. */
export function usageLine(message: string, command?: Command): string {
  return `${message} (see newsclaims ${command ? `${command} ` : ''}--help)`;
}

/**
 * Checks --date before anything is read: an empty value is a mistake (a shell variable that was
 * not set), not "no date", in both modes. The library checks the date itself.
 */
export function checkDateOption(date: string | undefined, command: Command): void {
  if (date === '') throw new UsageError('--date is empty: give YYYY-MM-DD, or leave --date out', command);
}

/** A parse error of node:util's parseArgs in one short sentence: "Unknown option '--bogus'". */
export function parseErrorMessage(message: string): string {
  return message.split(/\. (?=[A-Z])/)[0]!;
}

/** A one-document command line (not --jsonl), checked: what commands.ts runs. */
export interface DocumentPlan {
  command: Command;
  files: string[];
  format: string;
  date: string | undefined;
  /** extract's --title. */
  title: string | undefined;
  full: boolean;
}

/**
 * Checks a one-document command line without reading anything or loading the library, so that a
 * mistake is reported at once. `stdinIsTTY` decides whether extract with no FILE reads standard
 * input (a pipe or a file) or is a mistake (a terminal: the user forgot the FILE).
 */
export function documentPlan(argv: string[], stdinIsTTY: boolean): DocumentPlan {
  const { values, positionals } = parse(argv);
  const [name, ...files] = positionals;
  const command = commandOf(positionals);
  if (name !== undefined && !command) throw new UsageError(`unknown command ${name}`);
  if (!command) throw new UsageError('no command given');
  if (values.jobs !== undefined) throw new UsageError('--jobs goes with extract --jsonl', command);
  const format = values.format ?? 'json';
  if (!FORMATS[command].includes(format)) throw new UsageError(`--format must be ${orList(FORMATS[command])} for ${command}, got ${format}`, command);
  if (values.full && format !== 'text') throw new UsageError('--full goes with --format text', command);
  checkDateOption(values.date, command);
  if (command === 'extract') {
    if (files.length > 1) throw new UsageError(`extract takes one FILE, got ${files.length}`, command);
    if (!files.length && stdinIsTTY) throw new UsageError('extract needs a FILE, or - or a pipe for standard input', command);
    return { command, files: files.length ? files : ['-'], format, date: values.date, title: values.title, full: values.full };
  }
  if (values.title !== undefined) throw new UsageError('--title goes with extract (compare\'s articles each have their own)', command);
  if (files.length < 2) throw new UsageError(`compare takes two or more files, A B [C ...], got ${files.length}`, command);
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('compare can read only one of its files from standard input', command);
  return { command, files, format, date: values.date, title: undefined, full: values.full };
}

/** "json, text or html" */
function orList(xs: readonly string[]): string {
  return `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`;
}

/** The command line, parsed strictly: an unknown option is an error (ERR_PARSE_ARGS_*). */
export function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}

/** Every option of the command line (the help must describe each). */
export const OPTIONS = {
  format: { type: 'string' },
  date: { type: 'string' },
  title: { type: 'string' },
  full: { type: 'boolean', default: false },
  jsonl: { type: 'boolean', default: false },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
