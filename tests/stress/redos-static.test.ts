/**
 * The ReDoS check again with recheck's static seeder (helpers/recheck.ts): slower than the dynamic
 * seeder of tests/redos.test.ts, it also finds backtracking over runs of white space. Patterns longer
 * than STATIC_MAX_LENGTH keep the dynamic seeder, whose cost stays bounded on them.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { constructedRegexes, regexLiterals, sourceFiles, type FoundRegex } from '../helpers/regexes.js';
import { recheck, STATIC_MAX_LENGTH } from '../helpers/recheck.js';

const files = sourceFiles().filter((f) => !f.includes('/cli/'));
let all: FoundRegex[] = [];

beforeAll(async () => {
  vi.resetModules();
  const built = await constructedRegexes(async () => {
    for (const f of files) if (!f.endsWith('/node/extract-worker.ts')) await import(f);
  });
  all = [...regexLiterals(files), ...built];
});

describe('ReDoS, static seeder', () => {
  it('finds backtracking over runs of white space', async () => {
    expect(await recheck('\\s*$', '', 'static')).toMatch(/^vulnerable: 2nd degree polynomial/);
    expect(await recheck('^\\s*a\\s*\\s*$', '', 'static')).toMatch(/^vulnerable: 2nd degree polynomial/);
  });

  it('every pattern in src/ is safe', async () => {
    expect(all.length).toBeGreaterThan(250);
    const verdicts: Array<[string, string]> = [];
    for (const r of all) verdicts.push([r.where, await recheck(r.source, r.flags, r.source.length > STATIC_MAX_LENGTH ? 'dynamic' : 'static')]);
    expect(verdicts.filter(([, v]) => v !== 'safe')).toEqual([]);
  });
});
