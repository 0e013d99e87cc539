/**
 * The command line as a newcomer meets it (issue #19): --version, help per command with every
 * option, examples and exit codes, standard input read when piped, claims as CSV or markdown, text
 * output that can be printed whole, counts with their plurals. What the process does (exit codes,
 * help, standard input) runs the built CLI (`npm test` builds dist/ first); the formats call the
 * one-document commands in this process, which is the same code without a process start each.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractResult } from '../src/index.js';
import { OPTIONS } from '../src/cli/args.js';
import { run } from '../src/cli/commands.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (args: string[], input = '') => spawnSync('node', ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8', input });
/** The one-document commands in this process, with `input` as a piped standard input. */
const runWith = (args: string[], input = '') => run(args, 100, { isTTY: false, read: () => Buffer.from(input) }).stdout;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };


const LONG = '"The agency has never once, in all the years since the statute was passed, explained to any court why the records it keeps on ordinary travellers must stay secret," said Jane Doe.';

describe('newsclaims --version and --help', () => {
  it.each([['--version'], ['-v']])('%s prints the package version', (flag) => {
    const r = cli([flag]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('--help names every command and points to each command\'s help', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    for (const s of ['newsclaims extract', 'newsclaims compare', 'newsclaims --version', 'extract --help', 'compare --help', 'exit codes:']) expect(r.stdout).toContain(s);
  });

  it.each([
    ['extract', ['--format', '--date', '--title', '--full', '--jsonl', '--jobs', '--help'], ['json', 'text', 'markdown', 'csv']],
    ['compare', ['--format', '--date', '--full', '--help'], ['json', 'text', 'html', 'markdown', 'csv']],
  ])('%s --help describes every option, with examples and exit codes', (command, options, formats) => {
    const r = cli([command, '--help']);
    expect(r.status).toBe(0);
    for (const o of options) expect(r.stdout).toMatch(new RegExp(`^ +(-h, )?${o}\\b`, 'm'));
    for (const f of formats) expect(r.stdout).toContain(f);
    expect(r.stdout).toMatch(/^examples:\n {2}newsclaims /m);
    expect(r.stdout).toMatch(/^exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /m);
  });

  it('the help lists every option the parser accepts', () => {
    const all = cli(['extract', '--help']).stdout + cli(['--help']).stdout;
    expect(Object.keys(OPTIONS).length).toBe(8);
    for (const o of Object.keys(OPTIONS)) expect(all).toContain(`--${o}`);
  });
});

describe('newsclaims extract, as a newcomer runs it', () => {
  it('takes the headline with --title, for extract on one FILE only', () => {
    const text = 'Mark Olsen met Peter Vance on Monday. He said the talks had gone well.';
    const he = (...args: string[]) => {
      const r = JSON.parse(run(['extract', '-', ...args], 100, { isTTY: false, read: () => Buffer.from(text) }).stdout) as ExtractResult;
      return r.entities.find((e) => e.mentions.some((m) => m.form === 'pronoun' && m.text === 'He'))?.name;
    };
    expect([he(), he('--title', 'Peter Vance signs deal')]).toEqual(['Mark Olsen', 'Peter Vance']);
    expect(() => run(['compare', 'a.txt', 'b.txt', '--title', 'x'], 100, { isTTY: false, read: () => Buffer.from('') })).toThrow(/--title goes with extract/);
  });

  it('with no FILE and standard input a terminal, says what is missing', () => {
    expect(() => run(['extract'], 100, { isTTY: true, read: () => Buffer.from('') })).toThrow('extract needs a FILE, or - or a pipe for standard input');
  });

  it('reads standard input when it is piped and no FILE is given', () => {
    const r = cli(['extract', '--date', '2017-04-07'], '"We will appeal," said Jane Doe on Thursday.');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExtractResult;
    expect(out.quotes[0]!.speaker?.name).toBe('Jane Doe');
    expect(out.dates[0]!.value).toBe('2017-04-06');
  });

  it('counts with the right plural: 1 paragraph, 1 sentence', () => {
    expect(runWith(['extract', '--format', 'text'], 'Twitter sued.').split('\n')[0]).toBe('stdin: 1 paragraph, 1 sentence, reference date none (none)');
    expect(runWith(['extract', '--format', 'text'], 'Twitter sued.\n\nIt won. It said so.').split('\n')[0]).toBe('stdin: 2 paragraphs, 3 sentences, reference date none (none)');
  });

  it('--full prints a long claim whole; without it the line is cut at 140 characters', () => {
    const content = extract(LONG).claims[0]!.content.text;
    expect(content.length).toBeGreaterThan(140);
    const cut = runWith(['extract', '--format', 'text'], LONG);
    const whole = runWith(['extract', '--format', 'text', '--full'], LONG);
    expect(cut).not.toContain(content);
    expect(cut).toContain('…');
    expect(whole).toContain(`Jane Doe (said): ${content}`);
  });

  it('--full prints compare\'s claims whole in their columns', () => {
    const args = ['compare', '-', `${root}fixtures/000_81661534ce791b66.txt`, '--format', 'text'];
    const cut = runWith(args, LONG);
    const whole = runWith([...args, '--full'], LONG);
    expect(whole.split('\n').length).toBeGreaterThan(cut.split('\n').length);
    expect(cut).toContain('…');
    expect(whole).not.toContain('…');
  });

  it('--format csv: one RFC 4180 row per claim, fields with commas and quotes quoted', () => {
    const text = '"Yes, we will," said Jane Doe. Twitter sued the government on Thursday.';
    const claims = extract(text).claims;
    const lines = runWith(['extract', '--format', 'csv'], text).split('\r\n');
    expect(lines[0]).toBe('id,source,type,speaker,cue,content,start,end,confidence,rule');
    expect(lines.length).toBe(claims.length + 2);
    expect(lines.at(-1)).toBe('');
    const quote = claims.find((c) => c.source === 'quote')!;
    expect(lines).toContain(`${quote.id},quote,statement,Jane Doe,said,"${quote.content.text}",${quote.content.start},${quote.content.end},${quote.confidence},${quote.rule}`);
  });

  it('--format markdown: a table with one row per claim', () => {
    const text = '"Yes | no," said Jane Doe. Twitter sued the government on Thursday.';
    const rows = runWith(['extract', '--format', 'markdown'], text).trimEnd().split('\n');
    expect(rows[0]).toBe('| id | source | type | speaker | cue | content | start | end | confidence | rule |');
    expect(rows[1]).toMatch(/^\|( --- \|){10}$/);
    expect(rows.length).toBe(extract(text).claims.length + 2);
    expect(rows[2]).toContain('Yes \\| no,');
  });

  it('compare --format csv: the claims of both articles, each with its article and statement number', () => {
    const lines = runWith(['compare', `${root}fixtures/000_81661534ce791b66.txt`, `${root}fixtures/001_3eb6e2f0f30d6a44.txt`, '--format', 'csv', '--date', '2017-04-07']).trimEnd().split('\r\n');
    expect(lines[0]).toBe('article,statement,id,source,type,speaker,cue,content,start,end,confidence,rule');
    expect(lines.some((l) => /^A,1,/.test(l))).toBe(true);
    expect(lines.some((l) => /^B,1,/.test(l))).toBe(true);
  });
});
