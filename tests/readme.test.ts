/**
 * Every code block in README.md runs, against the built package (`npm test` builds first):
 * - ```ts / ```js blocks are type-checked together (strict, nodenext) and each runs in Node; they
 *   import 'newsclaims' by name, which resolves to dist/ through the package's own exports;
 * - ```html blocks load in headless Chromium, with 'newsclaims' served from dist/browser/;
 * - ```sh lines that start with `npx newsclaims` run dist/cli.js.
 * A line ending in `// → text` says what that line prints: the printed lines of a block must be
 * exactly those, in order. Any other language, or an sh line that is neither `npx newsclaims`
 * nor an `npm` set-up command (which CI runs itself), fails the test, so no block goes unchecked.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../scripts/package/static-server.js';
import { launchBrowser } from './helpers/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'test-results/readme');

interface Block {
  lang: string;
  line: number;
  code: string;
  /** What the block prints, from its `// → ` comments. */
  expected: string[];
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks: Block[] = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1]!,
  line: readme.slice(0, m.index).split('\n').length,
  code: m[2]!,
  expected: [...m[2]!.matchAll(/\/\/ → (.*)$/gm)].map((e) => e[1]!),
}));
const of = (...langs: string[]) => blocks.filter((b) => langs.includes(b.lang));
const scripts = of('ts', 'js').map((b) => ({ ...b, file: join(work, `line-${b.line}.${b.lang === 'ts' ? 'ts' : 'mjs'}`) }));
const cliLines = of('sh').flatMap((b) => b.code.split('\n').filter((l) => l.startsWith('npx newsclaims ')));

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const s of scripts) writeFileSync(s.file, s.code);
// Strict, as a user's project would be; no `paths`, so 'newsclaims' is the built package.
const tsconfig = join(work, 'tsconfig.json');
writeFileSync(tsconfig, JSON.stringify({
  compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: ['node'], resolveJsonModule: true, skipLibCheck: true, noEmit: true },
  files: scripts.filter((s) => s.lang === 'ts').map((s) => s.file),
}));

const printed = (stdout: string) => stdout.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);

describe('README.md', () => {
  it('has only blocks this test knows how to check', () => {
    expect(blocks.filter((b) => !['ts', 'js', 'html', 'sh', 'text'].includes(b.lang)).map((b) => `line ${b.line}: ${b.lang || '(none)'}`)).toEqual([]);
    const shOther = of('sh').flatMap((b) => b.code.split('\n')).filter((l) => l && !l.startsWith('npx newsclaims ') && !l.startsWith('npm '));
    expect(shOther).toEqual([]);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    expect(cliLines.length).toBeGreaterThanOrEqual(3);
  });

  it('ts blocks type-check (strict)', () => {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { cwd: root, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(scripts.map((s) => [s.line, s] as const))('%s: the block at this line runs and prints what it says', (_, s) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', s.file], {
      cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
    });
    expect(r.stderr.replace(/^.*ExperimentalWarning.*\n|^\(Use `node --trace-warnings.*\n/gm, '')).toBe('');
    expect(r.status).toBe(0);
    // A snippet that prints "undefined" shows a reader a field that is not there.
    expect(r.stdout).not.toMatch(/\bundefined\b/);
    if (s.expected.length) expect(printed(r.stdout)).toEqual(s.expected);
  });

  it.each(cliLines)('%s', (line) => {
    const args = line.split(/\s+/).slice(2);
    // Run without a shell: quoting, pipes or redirection would need one, and are not supported.
    expect(args.filter((a) => /[|&;<>()$`'"\\*?]/.test(a))).toEqual([]);
    const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
  });

  it.each(of('html').map((b) => [b.line, b] as const))('%s: the html block at this line runs in Chromium', async (_, b) => {
    // A site whose node_modules/newsclaims is this repository, as in a project that installed it.
    const site = join(work, `site-${b.line}`);
    mkdirSync(join(site, 'node_modules'), { recursive: true });
    symlinkSync(root, join(site, 'node_modules/newsclaims'), 'dir');
    writeFileSync(join(site, 'index.html'), `<!doctype html><meta charset="utf-8">\n${b.code}`);
    const server = await serveStatic(site);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const logs: string[] = [];
      page.on('console', (m) => logs.push(m.type() === 'log' ? m.text() : `${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => logs.push(`page error: ${e.message}`));
      await page.goto(`${server.url}/index.html`);
      await expect.poll(() => logs.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(b.expected.length || 1);
      expect(logs).toEqual(b.expected);
    } finally {
      await browser.close();
      await server.close();
      // The link points back at the repository: leave no cycle for tools that walk the tree.
      rmSync(site, { recursive: true, force: true });
    }
  });
});
