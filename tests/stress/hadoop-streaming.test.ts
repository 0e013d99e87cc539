/**
 * The Hadoop Streaming contract of `newsclaims extract --jsonl` as a map-only mapper, as far as a
 * machine without Hadoop allows (no Hadoop or Spark package is reachable here: no PyPI, no Maven,
 * none in Debian). Hadoop Streaming hands each map task a split of the input on standard input,
 * one record a line, reads records from standard output, and fails the task on a non-zero exit
 * unless told otherwise; with reducers, it sorts the map output by key (the text up to the first
 * tab) before the reduce. Each case runs the README's mapper command exactly, through `sh -c`:
 *   sh -c 'newsclaims extract --jsonl --jobs 1; [ $? -le 1 ]'
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsclaims-hadoop-'));
// `newsclaims` on the PATH, as on a node where the package is installed.
const bin = join(tmp, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'newsclaims'), `#!/bin/sh\nexec "${process.execPath}" "${root}dist/cli.js" "$@"\n`, { mode: 0o755 });
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
const MAPPER = "newsclaims extract --jsonl --jobs 1; [ $? -le 1 ]";

const SENTENCES = [
  '"We will fight this in court," said Jane Doe, a spokeswoman for Acme Corp.',
  'Twitter sued the government on Thursday, according to Reuters.',
  'The ACLU said it would file documents on behalf of the user.',
  'Senator John Smith told reporters that the bill would pass in 2018.',
];
const good = (i: number) => JSON.stringify({ id: `a${i}`, text: `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]}`, date: '2017-04-07' });
// 13 records, two of them bad: a line that is not JSON, and a text that is not a string.
const LINES = Array.from({ length: 13 }, (_, i) => (i === 4 ? '{"id": "cut", "text": "no closing' : i === 9 ? '{"id": "num", "text": 9}' : good(i)));
const INPUT = LINES.join('\n') + '\n';

const sh = (script: string, input: string) => spawnSync('sh', ['-c', script], { cwd: tmp, env, encoding: 'utf8', input, timeout: 300_000 });

let single = '';
beforeAll(() => {
  const r = spawnSync(process.execPath, [`${root}dist/cli.js`, 'extract', '--jsonl', '--jobs', '1'], { encoding: 'utf8', input: INPUT });
  expect(r.status).toBe(1);
  single = r.stdout;
});

describe('extract --jsonl as a Hadoop Streaming mapper', () => {
  it('the mapper command exits 0 with bad lines in its split, each bad line counted in the output', () => {
    const r = sh(MAPPER, INPUT);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id?: string; line: number; code?: string });
    expect(out.length).toBe(13);
    expect(out.filter((o) => o.code).map((o) => [o.line, o.code])).toEqual([[5, 'BAD_JSON'], [10, 'INVALID_INPUT']]);
  });

  it('without the exit-code guard a split with a bad line fails the task (exit 1), as Hadoop sees it', () => {
    expect(sh('newsclaims extract --jsonl --jobs 1', INPUT).status).toBe(1);
    expect(sh('newsclaims extract --jsonl --jobs 1', [good(0), good(1)].join('\n') + '\n').status).toBe(0);
  });

  it('a bad command line still fails the task through the guard (exit 2 is not hidden)', () => {
    const r = sh('newsclaims extract --jsonl --jobs 0; [ $? -le 1 ]', INPUT);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--jobs must be a positive integer/);
  });

  it('map tasks over splits, joined in split order, give one process\'s output', () => {
    const splits = [LINES.slice(0, 4), LINES.slice(4, 9), LINES.slice(9)];
    const outs = splits.map((s) => sh(MAPPER, s.join('\n') + '\n'));
    expect(outs.map((o) => o.status)).toEqual([0, 0, 0]);
    // Line numbers restart in each split, as they do in each Hadoop map task.
    const renumber = (text: string, offset: number) => text.replace(/"line":(\d+)/g, (_, n: string) => `"line":${Number(n) + offset}`);
    expect(renumber(outs[0]!.stdout, 0) + renumber(outs[1]!.stdout, 4) + renumber(outs[2]!.stdout, 9)).toBe(single);
  });

  it('each output line is one JSON record, so a shuffle that sorts lines keeps every record whole', () => {
    // Hadoop's shuffle, where a job has reducers: records sorted by key. `sort` stands in for it.
    const mapped = sh(MAPPER, INPUT).stdout;
    const shuffled = spawnSync('sort', { input: mapped, encoding: 'utf8', env: { ...env, LC_ALL: 'C' } }).stdout;
    expect(shuffled.trimEnd().split('\n').sort()).toEqual(single.trimEnd().split('\n').sort());
    for (const line of shuffled.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('a tab Hadoop appends to a key-only record is JSON white space', () => {
    // With no tab in a line, Hadoop Streaming takes the whole line as the key and writes "key\\t".
    const first = sh(MAPPER, good(0) + '\n').stdout.trimEnd();
    expect(first.includes('\t')).toBe(false);
    expect(JSON.parse(`${first}\t`)).toEqual(JSON.parse(first));
  });
});
