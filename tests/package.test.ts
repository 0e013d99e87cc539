/**
 * The package as users get it: one `npm pack` of the built dist/ (`npm test` builds first, so the
 * pack skips its prepack build, which would empty dist/ under the tests running beside it), one
 * install of the tarball into a fresh folder, then the consumers in tests/package/consumer/ use it
 * from ESM, CommonJS and strict TypeScript; publint and arethetypeswrong check the same tarball.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
let dir: string;
let tarball: string;
let packed: string[];

const run = (cmd: string, args: string[], input?: string): SpawnSyncReturns<string> =>
  spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', input, timeout: 120_000 });
/** Output of a command that must succeed; on failure the error shows its stderr. */
const ok = (cmd: string, args: string[], input?: string): string => {
  const r = run(cmd, args, input);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsclaims-package-'));
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  tarball = join(dir, info!.filename);
  packed = info!.files.map((f) => f.path).sort();
  cpSync(join(root, 'tests/package/consumer'), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  // The dependencies come from npm's cache when `npm ci` has filled it, from the registry if not.
  ok('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--loglevel=error', tarball]);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const expectedOutput = {
  speakers: ['Jane Doe', 'John Smith'],
  dates: ['2017-04-06'],
  schemaVersion: SCHEMA_VERSION,
  SCHEMA_VERSION,
  schemaId: `urn:newsclaims:schema:extract-result:${SCHEMA_VERSION}`,
  comparison: 'comparison',
  error: 'INVALID_INPUT',
  version: pkg.version,
};

describe('the packed package', () => {
  it('holds the builds, declarations, schemas, browser bundle, licence and changelog, and nothing else (no source maps)', () => {
    expect(packed).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'THIRD_PARTY_NOTICES.md',
      'dist/browser/newsclaims.js',
      'dist/cli-commands.js',
      'dist/cli.js',
      'dist/extract-worker.js',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/schema/comparison.schema.json',
      'dist/schema/extract-result.schema.json',
      'package.json',
    ]);
  });

  it('works from ESM (import)', () => {
    expect(JSON.parse(ok('node', ['esm.mjs']))).toEqual(expectedOutput);
  });

  it('works from CommonJS (require)', () => {
    expect(JSON.parse(ok('node', ['cjs.cjs']))).toEqual(expectedOutput);
  });

  it('type-checks strict TypeScript consumers, ESM and CommonJS', () => {
    // The repository's tsc, on the consumer's own tsconfig: types resolve from node_modules/newsclaims.
    ok('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']);
  });

  it('installs the newsclaims command', () => {
    const out = ok(join(dir, 'node_modules/.bin/newsclaims'), ['extract', '-', '--format', 'text'], '"Yes," said Jane Doe.');
    expect(out).toContain('Jane Doe [name] - cue "said"');
  });

  it('passes publint (strict)', async () => {
    const bytes = readFileSync(tarball);
    // A copy: a Buffer's .buffer may be a larger shared pool.
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { messages, pkg: manifest } = await publint({ pack: { tarball: data }, strict: true });
    expect(messages.map((m) => formatMessage(m, manifest, { color: false }))).toEqual([]);
  });

  it('passes arethetypeswrong (strict profile)', () => {
    const r = spawnSync(join(root, 'node_modules/.bin/attw'), [tarball, '--format', 'ascii', '--no-definitely-typed', '--no-color'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('No problems found');
    expect(r.status).toBe(0);
  });
});
