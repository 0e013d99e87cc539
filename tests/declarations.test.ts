/**
 * The declarations users read in their editor (dist/index.d.ts, built by `npm test`): every export
 * has a doc comment, and no comment carries a note meant for this repository's developers (a file
 * of ours, an issue number, the shared data folder) rather than for users of the package.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}dist/index.d.ts`;
const text = readFileSync(file, 'utf8');

/** Every name the declaration file exports, with whether its declaration has a doc comment. */
function exportsOf(): Array<{ name: string; documented: boolean }> {
  const program = ts.createProgram([file], { strict: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const module = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return { name: exported.name, documented: symbol.getDocumentationComment(checker).length > 0 };
  });
}

/** Notes for this repository's developers, not for a package's users. */
const INTERNAL = [/FINDINGS/, /\.\.\/shared/, /\bissue #?\d+/i, /\bdev (set|split|files)\b/i, /\bTODO\b/];

describe('dist/index.d.ts', () => {
  const all = exportsOf();

  it('documents every export', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
  });

  it('holds no note meant for the repository\'s developers', () => {
    const comments = [...text.matchAll(/\/\*\*[\s\S]*?\*\//g)].map((m) => m[0]);
    expect(comments.filter((c) => INTERNAL.some((re) => re.test(c)))).toEqual([]);
  });
});
