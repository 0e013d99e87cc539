/** Command-line options of `npm run eval`; unknown flags are an error, not ignored. */

export const SETS = ['polnear', 'conll', 'meantime-ner', 'meantime-timex', 'tempeval', 'basil', 'gap'] as const;
export type SetName = (typeof SETS)[number];

export interface EvalArgs {
  /** Directory holding the *.dev.jsonl files; null means ../shared/eval from the project root. */
  data: string | null;
  /** First N documents per file; null for all. */
  limit: number | null;
  only: SetName[];
  /** null: no JSON; '-': JSON on stdout; else a file path. */
  json: string | null;
  errors: string | null;
}

export const USAGE = `usage: npm run eval -- [--data DIR] [--limit N] [--only ${SETS.join('|')}[,...]]
                       [--json [FILE]] [--errors FILE.jsonl]`;

function isSet(s: string): s is SetName {
  return (SETS as readonly string[]).includes(s);
}

export function parseArgs(argv: readonly string[]): EvalArgs {
  const out: EvalArgs = { data: null, limit: null, only: [...SETS], json: null, errors: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const next = argv[i + 1];
    const value = (): string => {
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
      i++;
      return next;
    };
    switch (flag) {
      case '--data': out.data = value(); break;
      case '--errors': out.errors = value(); break;
      case '--limit': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error(`--limit wants a positive integer\n${USAGE}`);
        out.limit = n;
        break;
      }
      case '--only': {
        const names = value().split(',').map((s) => s.trim()).filter(Boolean);
        const bad = names.filter((n) => !isSet(n));
        if (bad.length > 0) throw new Error(`unknown set ${bad.join(', ')}\n${USAGE}`);
        out.only = names.filter(isSet);
        break;
      }
      // The file is optional: a following flag (or nothing) means stdout.
      case '--json':
        if (next !== undefined && !next.startsWith('--')) { out.json = next; i++; } else out.json = '-';
        break;
      case '--help': case '-h': throw new Error(USAGE);
      default: throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return out;
}
