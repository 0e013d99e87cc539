/** The built command line, run as a user runs it. `npm test` builds dist/ first. */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Comparison, ExtractResult } from '../src/index.js';
import { readErrorMessage } from '../src/cli/read-error.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8', input: '' });
const A = 'fixtures/000_81661534ce791b66.txt';
const B = 'fixtures/001_3eb6e2f0f30d6a44.txt';

describe('newsclaims CLI', () => {
  it('extract --format json prints the extraction', () => {
    const r = cli('extract', A, '--date', '2017-04-07');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExtractResult;
    expect(out.kind).toBe('extraction');
    expect(out.referenceDate).toEqual({ value: '2017-04-07', source: 'caller' });
    expect(out.quotes.length).toBe(5);
  });

  it('extract --format text prints a readable report', () => {
    const r = cli('extract', B, '--format', 'text', '--date', '2017-04-07');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('American Civil Liberties Union [name] - cue "said in an emailed statement"');
    expect(r.stdout).toContain('13 March -> Monday, March 13, 2017 (about 4 weeks before the article) [2017-03-13 DATE; implied: year]');
  });

  it('reads standard input for -', () => {
    const out = execFileSync('node', ['dist/cli.js', 'extract', '-'], { cwd: root, encoding: 'utf8', input: '"We will fight," said Jane Doe.' });
    expect((JSON.parse(out) as ExtractResult).quotes[0]!.speaker?.name).toBe('Jane Doe');
  });

  it('compare prints both extractions and the comparison', () => {
    const r = cli('compare', A, B, '--date', '2017-04-07');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { comparison: Comparison };
    expect(out.comparison.sources.shared).toContain('twitter');
    expect(out.comparison.sources.onlyB).toContain('aclu');
  });

  it('compare --format text is side by side, 100 columns wide when not writing to a terminal', () => {
    const out = cli('compare', A, B, '--format', 'text', '--date', '2017-04-07').stdout;
    expect(out).toContain('Claims both report (');
    expect(out.split('\n').some((l) => l.includes(' │ '))).toBe(true);
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('compare --format html prints one self-contained page', () => {
    const r = cli('compare', A, B, '--format', 'html', '--date', '2017-04-07');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('id="article-a"');
    expect(r.stdout).not.toMatch(/\s(src|href)=/);
  });

  it.each([
    [['extract', 'no/such/file.txt'], /^newsclaims: cannot read no\/such\/file.txt: ENOENT \(no such file or directory\)$/],
    [['extract', 'fixtures'], /^newsclaims: cannot read fixtures: EISDIR \(it is a directory, not a file\)$/],
    [['compare', A, 'fixtures'], /cannot read fixtures: EISDIR/],
    [['extract', A, '--date'], /Option '--date <value>' argument missing/],
    [['extract', A, '--date', 'Thursday'], /referenceDate must be YYYY-MM-DD or a Date, got "Thursday"/],
    [['extract', A, '--format', 'xml'], /--format must be json, text, markdown or csv for extract, got xml/],
    [['extract', A, '--date', '2017-13-45'], /referenceDate 2017-13-45 is not a calendar date/],
    [['extract', A, '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command frobnicate/],
    [['compare', A], /compare takes two or more files/],
    [['extract', A, '--format', 'html'], /--format must be json, text, markdown or csv for extract, got html/],
  ])('fails with one clear line: %j', (args, message) => {
    const r = cli(...args);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });

  it('exits 1 for a file it cannot read and 2 for a bad command line', () => {
    expect(cli('extract', 'no/such/file.txt').status).toBe(1);
    expect(cli('extract', A, '--bogus').status).toBe(2);
    expect(cli('extract', A, '--date', '2017-02-30').status).toBe(2);
  });

  it('a file it may not read: EACCES in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclaims-cli-'));
    const file = join(dir, 'secret.txt');
    writeFileSync(file, 'Twitter sued.');
    chmodSync(file, 0o000);
    chmodSync(dir, 0o755);
    // root reads any file: run as nobody where the tests run as root (CI does).
    const asRoot = process.getuid?.() === 0;
    const r = asRoot
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'node', 'dist/cli.js', 'extract', file], { cwd: root, encoding: 'utf8' })
      : cli('extract', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`newsclaims: cannot read ${file}: EACCES (permission denied)\n`);
  });

  it.each([
    [{ code: 'EACCES' }, 'cannot read f.txt: EACCES (permission denied)'],
    [{ code: 'EXDEV' }, 'cannot read f.txt: EXDEV'],
    [new Error('bad\nsecond line'), 'cannot read f.txt: bad'],
  ])('read errors read as one line: %j', (e, line) => {
    expect(readErrorMessage('f.txt', e)).toBe(line);
  });
});
