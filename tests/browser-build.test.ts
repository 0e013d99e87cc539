/**
 * Browser-build guarantees: the guard that keeps Node out (scripts/package/no-node-builtins.ts), and
 * `sideEffects: false` letting a user's bundler drop what they do not import (runs on dist/).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noNodeBuiltins } from '../scripts/package/no-node-builtins.js';

/** Imports resolve from the repository, where 'newsclaims' names the built package itself. */
const root = fileURLToPath(new URL('..', import.meta.url));

const bundle = (contents: string) =>
  build({ stdin: { contents, resolveDir: root, sourcefile: 'entry.js' }, bundle: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent', plugins: [noNodeBuiltins] });

describe('no-node-builtins', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'; readFileSync;", 'node:fs'],
    ["import { join } from 'path'; join;", 'path'],
    ["import { readFile } from 'fs/promises'; readFile;", 'fs/promises'],
    ["export const load = () => import('node:zlib');", 'node:zlib'],
  ])('fails the build on %s', async (code, name) => {
    await expect(bundle(code)).rejects.toThrow(new RegExp(`no-node-builtins\\] Node built-in "${name}" imported by \\S*entry\\.js`));
  });

  it.each([
    // Packages whose names merely start like a built-in's are not built-ins.
    "export const x = 'fs-extra-looking string';",
    "import { parse } from 'chrono-node'; export { parse };",
  ])('lets browser code through: %s', async (code) => {
    const r = await bundle(code);
    expect(r.errors).toEqual([]);
  });
});

describe('sideEffects: false', () => {
  // Without the flag both bundles hold the whole library and wink's model: about 4 MB each.
  it.each([
    ["import { SCHEMA_VERSION } from 'newsclaims'; console.log(SCHEMA_VERSION);", 1_000],
    ["import { compare } from 'newsclaims'; console.log(compare);", 50_000],
  ])('lets a bundler drop what is not imported: %s', async (code, maxBytes) => {
    const r = await build({ stdin: { contents: code, resolveDir: root }, bundle: true, write: false, minify: true, platform: 'browser', format: 'esm', logLevel: 'silent' });
    expect(r.outputFiles[0]!.contents.length).toBeLessThan(maxBytes);
  });
});
