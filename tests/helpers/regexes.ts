/**
 * Every regular expression in src/, for the ReDoS test: the literals, read from the TypeScript
 * syntax tree, and the ones built with `new RegExp(...)` from pieces, caught as they are built
 * (their source exists only at run time). Each constructor call site found in the source must have
 * been caught, so a new dynamic pattern cannot slip past the check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface FoundRegex {
  /** Path under src/ and line, for the failure message. */
  where: string;
  source: string;
  flags: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

/** src/**\/*.ts, except the CLI: it runs on import and is Node-only glue with no patterns of note. */
export function sourceFiles(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') ? [path] : [];
  });
}

function walk(file: string, visit: (node: ts.Node, sf: ts.SourceFile) => void): void {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const go = (node: ts.Node): void => {
    visit(node, sf);
    ts.forEachChild(node, go);
  };
  go(sf);
}

const lineOf = (node: ts.Node, sf: ts.SourceFile) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
const where = (file: string, line: number) => `${relative(src, file)}:${line}`;

/** Every /literal/flags in the source. */
export function regexLiterals(files = sourceFiles()): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of files) {
    walk(file, (node, sf) => {
      if (node.kind !== ts.SyntaxKind.RegularExpressionLiteral) return;
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      out.push({ where: where(file, lineOf(node, sf)), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    });
  }
  return out;
}

/** `new RegExp(...)` and `RegExp(...)` call sites, as "file:line". */
export function constructorSites(files = sourceFiles()): string[] {
  const out: string[] = [];
  for (const file of files) {
    walk(file, (node, sf) => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        out.push(where(file, lineOf(node, sf)));
      }
    });
  }
  return out;
}

/**
 * Runs `load` (which imports src/ modules fresh) with RegExp wrapped, and returns every RegExp that
 * code under src/ constructed meanwhile, with its call site from the stack.
 */
export async function constructedRegexes(load: () => Promise<unknown>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const out: FoundRegex[] = [];
  const record = (args: unknown[]) => {
    // The frame that called the constructor: the first below this helper. A RegExp a library builds
    // while src/ imports it has src/ further down its stack, not here, and is not ours to check.
    const frame = new Error().stack?.split('\n').slice(1).find((l) => !l.includes('tests/helpers/regexes'));
    const m = frame?.includes(src) ? /(\/[^\s()]+\.ts):(\d+)/.exec(frame) : null;
    if (!m) return;
    const re = new Original(args[0] as string, args[1] as string | undefined);
    out.push({ where: where(m[1]!, Number(m[2])), source: re.source, flags: re.flags });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as object;
    },
    apply(target, that, args) {
      record(args);
      return Reflect.apply(target, that, args) as RegExp;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}
