/**
 * extract --jsonl, the batch mode: run on the built CLI as a user runs it, plus the pieces that can
 * be checked on their own (one line's outcome; reading stays bounded while output is stalled).
 * `npm test` builds dist/ first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractResult } from '../src/index.js';
import { extractLine } from '../src/node/extract-line.js';
import { runBatch } from '../src/node/batch.js';
import { fixture, SEED_DATE } from './helpers/fixtures.js';
import { badSpans } from './helpers/spans.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsclaims-batch-'));
const cli = (args: string[], input = '') => spawnSync('node', ['dist/cli.js', 'extract', '--jsonl', ...args], { cwd: root, encoding: 'utf8', input });
const parse = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

// A long article first and short ones after, so with two workers results finish out of order.
const ARTICLES: Array<{ id: string; text: string; date?: string }> = [
  { id: 'long', text: fixture('000_81661534ce791b66.txt'), date: SEED_DATE },
  ...Array.from({ length: 9 }, (_, i) => ({ id: `short-${i}`, text: `"We will fight," said Jane Doe ${i} on Thursday.` })),
  { id: 'second-long', text: fixture('001_3eb6e2f0f30d6a44.txt'), date: SEED_DATE },
];
const GOOD = ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n';
const goodFile = join(tmp, 'good.jsonl');
writeFileSync(goodFile, GOOD);

describe('extract --jsonl', () => {
  it('writes one result per line, in input order, equal to extract() on the same text', () => {
    const r = cli(['--jobs', '2', goodFile]);
    expect(r.status).toBe(0);
    const out = parse(r.stdout);
    expect(out.map((o) => o.id)).toEqual(ARTICLES.map((a) => a.id));
    out.forEach((o, i) => {
      const a = ARTICLES[i]!;
      expect(o.result).toEqual(extract(a.text, a.date ? { referenceDate: a.date } : {}));
      expect(badSpans(a.text, o.result)).toEqual([]);
    });
    expect((out[0]!.result as ExtractResult).quotes.length).toBe(5);
  });

  it('gives the same output with --jobs 1 and --jobs 2', () => {
    const one = cli(['--jobs', '1', goodFile]);
    const two = cli(['--jobs', '2', goodFile]);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reads standard input when no file is given, or for -, and files one after another', () => {
    // Short articles only: this test starts the CLI four times.
    const short = GOOD.split('\n').filter((l) => l.includes('short-')).join('\n') + '\n';
    const file = join(tmp, 'short.jsonl');
    writeFileSync(file, short);
    const fromFile = cli(['--jobs', '2', file]);
    expect(fromFile.status).toBe(0);
    expect(parse(fromFile.stdout).length).toBe(9);
    expect(cli(['--jobs', '2'], short).stdout).toBe(fromFile.stdout);
    expect(cli(['--jobs', '2', '-'], short).stdout).toBe(fromFile.stdout);
    expect(cli(['--jobs', '2', file, '-'], short).stdout).toBe(fromFile.stdout + fromFile.stdout);
  });

  it('reports a bad line with its number, processes the others, and exits non-zero at the end', () => {
    const lines = GOOD.trimEnd().split('\n');
    lines.splice(2, 0, '{"id": "broken", "text": "no closing brace"');
    lines.splice(5, 0, '["not", "an", "object"]', '{"text": "no id"}', '{"id": 7, "text": 42}', '{"id": 8, "text": "A date that is not one.", "date": "2017-02-30"}');
    const r = cli(['--jobs', '2'], lines.join('\n') + '\n\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const out = parse(r.stdout);
    expect(out.length).toBe(lines.length);
    expect(out[2]).toMatchObject({ line: 3, code: 'BAD_JSON' });
    expect(out[2]).not.toHaveProperty('id');
    expect(out[5]).toMatchObject({ line: 6, code: 'BAD_LINE' });
    expect(out[6]).toMatchObject({ line: 7, code: 'BAD_LINE', error: expect.stringMatching(/no "id"/) });
    expect(out[7]).toMatchObject({ id: 7, line: 8, code: 'INVALID_INPUT' });
    expect(out[8]).toMatchObject({ id: 8, line: 9, code: 'INVALID_OPTION', error: expect.stringMatching(/not a calendar date/) });
    const results = out.filter((o) => 'result' in o).map((o) => o.id);
    expect(results).toEqual(ARTICLES.map((a) => a.id));
  });

  it('names the file of a bad line read from a file', () => {
    const file = join(tmp, 'bad.jsonl');
    writeFileSync(file, '{"id": 1, "text": "Fine."}\nnot json\n');
    const r = cli([file]);
    expect(r.status).toBe(1);
    expect(parse(r.stdout)[1]).toMatchObject({ file, line: 2, code: 'BAD_JSON' });
  });

  it('applies --date to lines without a date of their own', () => {
    const input = `${JSON.stringify({ id: 1, text: 'It sued on Thursday.' })}\n${JSON.stringify({ id: 2, text: 'It sued on Thursday.', date: '2020-01-01' })}\n`;
    const out = parse(cli(['--date', '2017-04-07'], input).stdout).map((o) => (o.result as ExtractResult).referenceDate.value);
    expect(out).toEqual(['2017-04-07', '2020-01-01']);
  });

  it.each([
    [['--jobs', '0'], /--jobs must be a positive integer/],
    [['--jobs', 'two'], /--jobs must be a positive integer/],
    [['--format', 'text'], /--format text does not apply/],
    [['no/such.jsonl'], /cannot read no\/such.jsonl: ENOENT/],
    [['--date', '2017-13-45'], /not a calendar date/],
  ])('fails before reading with one clear line: %j', (args, message) => {
    const r = cli(args, GOOD);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });
});

describe('extractLine', () => {
  it.each([
    ['{"id": "a", "text": "Hi."}', true, { id: 'a' }],
    ['{"id": 3, "text": "Hi.", "date": "2017-04-07"}', true, { id: 3 }],
    ['{', false, { line: 4, code: 'BAD_JSON' }],
    ['null', false, { line: 4, code: 'BAD_LINE' }],
    ['{"id": {"x": 1}, "text": "Hi."}', false, { line: 4, code: 'BAD_LINE' }],
    ['{"id": "a", "text": "Hi.", "date": 20170407}', false, { id: 'a', line: 4, code: 'BAD_LINE' }],
    ['{"id": "a", "text": "Hi.", "title": ["Hi"]}', false, { id: 'a', line: 4, code: 'BAD_LINE', error: '"title" must be a string' }],
    ['{"id": "a"}', false, { id: 'a', line: 4, code: 'INVALID_INPUT' }],
  ])('%s', (raw, ok, shape) => {
    const r = extractLine(raw, { line: 4 });
    expect(r.ok).toBe(ok);
    expect(JSON.parse(r.out)).toMatchObject(shape);
  });

  it("passes a line's title to extract", () => {
    const text = 'Mark Olsen met Peter Vance on Monday. He said the talks had gone well.';
    const he = (title?: string) => {
      const r = (JSON.parse(extractLine(JSON.stringify({ id: 1, text, title }), { line: 1 }).out) as { result: ExtractResult }).result;
      return r.entities.find((e) => e.mentions.some((m) => m.form === 'pronoun' && m.text === 'He'))?.name;
    };
    expect([he(), he('Peter Vance wins contract')]).toEqual(['Mark Olsen', 'Peter Vance']);
  });
});

describe('runBatch', () => {
  it('reads only a bounded number of lines ahead of what standard output has taken', async () => {
    const LINES = 4000;
    // readline queues up to 1024 lines, plus the in-flight window and the stream's own buffer.
    const BOUND = 1024 + 2 * 8 + 64;
    let pulled = 0;
    let taken = 0;
    let worst = 0;
    async function* lines() {
      for (let i = 0; i < LINES; i++) {
        pulled++;
        worst = Math.max(worst, pulled - taken);
        yield `{"id": ${i}, "text": "Hi."}\n`;
      }
    }
    // Standard output that takes nothing until released, then everything.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const stdout = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _enc, done) {
        taken += chunk.toString().split('\n').length - 1;
        void released.then(() => done());
      },
    });
    setTimeout(release, 500);
    const summary = await runBatch({
      inputs: [], jobs: 2, stdin: Readable.from(lines()), stdout, stderr: new Writable({ write: (_c, _e, done) => done() }),
      workerScript: new URL('../dist/extract-worker.js', import.meta.url),
    });
    expect(summary).toEqual({ lines: LINES, failed: 0 });
    expect(taken).toBe(LINES);
    expect(worst).toBeLessThanOrEqual(BOUND);
  });
});
