/**
 * Hostile input to `newsclaims extract --jsonl` (issue #9), run on the built CLI as a user runs it.
 * One input line {"id", "text", "date"?} gives one output line {"id", "result"} or
 * {"id"?, "line", "code", "error"}, in input order, and the exit code is 1 when any line failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/index.js';
import { badSpans } from './helpers/spans.js';

const test = it;

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsclaims-jsonl-'));
const cli = (args: string[], input = '') => spawnSync('node', ['dist/cli.js', 'extract', '--jsonl', '--jobs', '1', ...args], { cwd: root, encoding: 'utf8', input });
const lines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

const GOOD = { id: 'good', text: '"We will appeal," said Jane Doe on Thursday.', date: '2017-04-07' };
const HOSTILE_TEXTS = ['', '"', '\uD83D"\uDE00 said', '\u202B\u05E9\u05DC\u05D5\u05DD\u202C "x"', 'a\r\nb\r\n\r\n"c," d said.', '"'.repeat(2000)];

describe('extract --jsonl on hostile input', () => {
  test('bad lines are reported by line number and the good lines around them still come out', () => {
    const input = [
      JSON.stringify(GOOD),
      '{"id": "cut", "text": "no closing brace"',
      'not json at all',
      '',
      JSON.stringify({ id: 'number', text: 42 }),
      JSON.stringify({ id: 'date', text: 'x', date: '2017-02-30' }),
      JSON.stringify({ ...GOOD, id: 'good-again' }),
    ].join('\n') + '\n';
    const r = cli([], input);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out.filter((o) => 'result' in o).map((o) => o.id)).toEqual(['good', 'good-again']);
    expect(out.find((o) => o.line === 2)).toMatchObject({ code: 'BAD_JSON' });
    expect(out.find((o) => o.line === 3)).toMatchObject({ code: 'BAD_JSON' });
    expect(out.find((o) => o.id === 'number')).toMatchObject({ line: 5, code: 'INVALID_INPUT' });
    expect(out.find((o) => o.id === 'date')).toMatchObject({ line: 6, code: 'INVALID_OPTION' });
  });

  test('hostile texts give exact spans, in input order', () => {
    const input = HOSTILE_TEXTS.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n';
    const r = cli([], input);
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(HOSTILE_TEXTS.map((_, i) => i));
    out.forEach((o, i) => expect(badSpans(HOSTILE_TEXTS[i]!, o.result as ExtractResult)).toEqual([]));
  });

  test('a line that is not valid UTF-8 or holds a NUL is one bad line, not the end of the run', () => {
    const file = join(tmp, 'binary.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(GOOD) + '\n'), Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x0a]), Buffer.from(JSON.stringify({ ...GOOD, id: 'after' }) + '\n')]));
    const r = cli([file]);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out.filter((o) => 'result' in o).map((o) => o.id)).toEqual(['good', 'after']);
    expect(out.find((o) => o.line === 2)).toMatchObject({ code: 'BAD_JSON' });
  });

  test.each([
    [['no/such.jsonl'], /cannot read no\/such.jsonl: ENOENT/],
    [['fixtures'], /cannot read fixtures: EISDIR/],
  ])('an unreadable input file fails in one line: %j', (args, message) => {
    const r = cli(args);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });
});
