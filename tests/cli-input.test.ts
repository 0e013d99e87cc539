/**
 * The command line on inputs and mistakes a script makes (issue #22): an empty --date, usage
 * errors in one line with a pointer to --help, a file name with a line break in it, UTF-16 and
 * byte-order marks, in both modes. Runs the built CLI (`npm test` builds dist/ first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractResult } from '../src/index.js';
import { decodeText } from '../src/cli/decode.js';
import { run } from '../src/cli/commands.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsclaims-cli-input-'));
const cli = (args: string[], input: string | Buffer = '') => spawnSync('node', ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8', input });
/** The one-document commands in this process (the code dist/cli-commands.js is built from), `input` piped in. */
const runWith = (args: string[], input: Buffer = Buffer.alloc(0)) => run(args, 100, { isTTY: false, read: () => input }).stdout;
const A = 'fixtures/000_81661534ce791b66.txt';
const TEXT = '"We will appeal," said Jane Doe on Thursday. The café’s owner — Zoë Ångström — agreed.';

/** UTF-16 bytes of a string, little- or big-endian, with or without a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

describe('an empty --date is an error in both modes', () => {
  it.each([
    [['extract', A, '--date', '']],
    [['extract', A, '--date=']],
    [['compare', A, A, '--date', '']],
    [['extract', '--jsonl', '--date', '']],
  ])('%j exits 2 in one line', (args) => {
    const r = cli(args, '{"id": 1, "text": "Hi."}\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^newsclaims: --date is empty: give YYYY-MM-DD, or leave --date out \(see newsclaims (extract|compare) --help\)\n$/);
  });
});

describe('a usage error is one line that points to --help', () => {
  it.each([
    [['frobnicate'], 'unknown command frobnicate (see newsclaims --help)'],
    [[], 'no command given (see newsclaims --help)'],
    [['extract', A, '--bogus'], "Unknown option '--bogus' (see newsclaims extract --help)"],
    [['compare', A], 'compare takes two or more files, A B [C ...], got 1 (see newsclaims compare --help)'],
    [['extract', A, '--format', 'xml'], '--format must be json, text, markdown or csv for extract, got xml (see newsclaims extract --help)'],
    [['extract', '--jsonl', '--jobs', '0'], '--jobs must be a positive integer, got 0 (see newsclaims extract --help)'],
    [['compare', A, A, '--jsonl'], '--jsonl goes with extract (see newsclaims compare --help)'],
  ])('%j', (args, line) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`newsclaims: ${line}\n`);
  });
});

describe('file names and encodings', () => {
  it('a file name with a line break keeps its whole message on one line', () => {
    const r = cli(['extract', 'no such\nfile.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('newsclaims: cannot read "no such\\nfile.txt": ENOENT (no such file or directory)\n');
  });

  it('the same in --jsonl mode', () => {
    const r = cli(['extract', '--jsonl', 'no such\nfile.jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('newsclaims: cannot read "no such\\nfile.jsonl": ENOENT (no such file or directory)\n');
  });

  it.each([
    ['UTF-16LE with a byte-order mark', utf16(TEXT, 'le', true)],
    ['UTF-16BE with a byte-order mark', utf16(TEXT, 'be', true)],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['UTF-8', Buffer.from(TEXT)],
  ])('%s is read as its text, the mark left out, from a file or standard input', (_, bytes) => {
    const file = join(tmp, `article-${bytes[0]}-${bytes[1]}.txt`);
    writeFileSync(file, bytes);
    const expected = JSON.parse(JSON.stringify(extract(TEXT, { referenceDate: '2017-04-07' }))) as ExtractResult;
    expect(JSON.parse(runWith(['extract', file, '--date', '2017-04-07']))).toEqual(expected);
    expect(JSON.parse(runWith(['extract', '--date', '2017-04-07'], bytes))).toEqual(expected);
  });

  it('the built command reads a UTF-16 file as its text too', () => {
    const file = join(tmp, 'utf16.txt');
    writeFileSync(file, utf16(TEXT, 'le', true));
    const r = cli(['extract', file, '--format', 'text']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Jane Doe (said): We will appeal,');
  });

  it.each([
    ['UTF-16LE without a byte-order mark', utf16(TEXT, 'le', false), /looks like UTF-16 without a byte-order mark/],
    ['Latin-1', Buffer.from('The caf\xe9 sued.', 'latin1'), /is not UTF-8 text: newsclaims reads UTF-8, or UTF-16 with a byte-order mark/],
    ['UTF-16LE with a mark and an odd byte', Buffer.concat([utf16(TEXT, 'le', true), Buffer.from([0x41])]), /has an odd number of bytes/],
  ])('%s is refused with a message', (_, bytes, message) => {
    const file = join(tmp, 'refused.txt');
    writeFileSync(file, bytes);
    expect(() => runWith(['extract', file])).toThrow(message);
    expect(() => runWith(['extract'], bytes)).toThrow(message);
  });

  it('the built command refuses such a file in one line, exit 2', () => {
    const file = join(tmp, 'refused-utf16.txt');
    writeFileSync(file, utf16(TEXT, 'le', false));
    const r = cli(['extract', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`newsclaims: ${file} looks like UTF-16 without a byte-order mark (every other byte is NUL): newsclaims reads UTF-8, or UTF-16 with a byte-order mark; convert it first (iconv -t UTF-8)\n`);
  });

  it('decodeText: a lone surrogate pair split across bytes is refused, not replaced', () => {
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x3d, 0xd8]), 'x.txt')).toThrow(/x.txt is not UTF-16LE text/);
    expect(decodeText(Buffer.from([0xfe, 0xff, 0xd8, 0x3d, 0xde, 0x00]), 'x.txt')).toBe('\u{1F600}');
  });
});

describe('extract --jsonl and byte-order marks', () => {
  const LINES = [{ id: 'first', text: '"We will appeal," said Jane Doe.' }, { id: 'second', text: 'Twitter sued.' }];
  const body = LINES.map((l) => JSON.stringify(l)).join('\n') + '\n';
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]);

  it('a byte-order mark before the first line is ignored, in a file and on standard input', () => {
    const file = join(tmp, 'bom.jsonl');
    writeFileSync(file, bom);
    // The file, then standard input: each input's first line starts with a mark.
    const r = cli(['extract', '--jsonl', '--jobs', '1', file, '-'], bom);
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; result: ExtractResult });
    expect(out.map((o) => o.id)).toEqual(['first', 'second', 'first', 'second']);
    expect(out[0]!.result).toEqual(JSON.parse(JSON.stringify(extract(LINES[0]!.text))));
    expect(out[2]!.result).toEqual(out[0]!.result);
  });
});
