/**
 * extract --jsonl is a line-in, line-out filter, so a distributed engine can run it as a mapper over
 * pieces of the input. GNU parallel stands in for one here (README: Hadoop Streaming, Spark): the
 * joined output of the pieces must equal the output of one process over the whole input.
 *
 * GNU parallel is a system package: .ci/run installs it. Where it is missing this test fails and
 * says so; it does not skip, so a machine without it cannot pass for one that ran it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsclaims-parallel-'));

// 17 articles: not a multiple of the piece size, so the last piece is short.
const SENTENCES = [
  '"We will fight this in court," said Jane Doe, a spokeswoman for Acme Corp.',
  'Twitter sued the government on Thursday, according to Reuters.',
  'The ACLU said it would file documents on behalf of the user.',
  '"The order is unlawful," the company wrote in its complaint.',
  'Senator John Smith told reporters that the bill would pass in 2018.',
];
const INPUT = Array.from({ length: 17 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `${SENTENCES[i % 5]} ${SENTENCES[(i * 3 + 1) % 5]}`, date: '2017-04-07' })).join('\n') + '\n';
const MAPPER = ['node', 'dist/cli.js', 'extract', '--jsonl', '--jobs', '1'];

let single = '';

beforeAll(() => {
  const found = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error('GNU parallel is not installed: apt-get install -y parallel (.ci/run installs it in CI)');
  }
  const r = spawnSync(MAPPER[0]!, MAPPER.slice(1), { cwd: root, encoding: 'utf8', input: INPUT });
  if (r.status !== 0) throw new Error(`the single-process run failed (${r.status}): ${r.stderr}`);
  single = r.stdout;
}, 60_000);

describe('extract --jsonl under GNU parallel', () => {
  it('the single-process run gives one result per line', () => {
    expect(single.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(Array.from({ length: 17 }, (_, i) => `n${i}`));
  });

  it('parallel --pipe -N 5 --keep-order over standard input joins to the single-process output', () => {
    const out = execFileSync('parallel', ['--will-cite', '--pipe', '-N', '5', '--keep-order', '-j', '2', ...MAPPER], { cwd: root, encoding: 'utf8', input: INPUT });
    expect(out).toBe(single);
  });

  it('parallel over split files, in file order, joins to the single-process output', () => {
    writeFileSync(join(tmp, 'all.jsonl'), INPUT);
    execFileSync('split', ['-l', '5', '-d', 'all.jsonl', 'piece-'], { cwd: tmp });
    const pieces = readdirSync(tmp).filter((f) => f.startsWith('piece-')).sort().map((f) => join(tmp, f));
    expect(pieces.length).toBe(4);
    const out = execFileSync('parallel', ['--will-cite', '--keep-order', '-j', '2', ...MAPPER, ':::', ...pieces], { cwd: root, encoding: 'utf8' });
    expect(out).toBe(single);
  });
});
