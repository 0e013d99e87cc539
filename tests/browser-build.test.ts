/** The guard that keeps Node out of the browser build (scripts/package/no-node-builtins.ts). */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { noNodeBuiltins } from '../scripts/package/no-node-builtins.js';

const bundle = (contents: string) =>
  build({ stdin: { contents, resolveDir: process.cwd(), sourcefile: 'entry.js' }, bundle: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent', plugins: [noNodeBuiltins] });

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
