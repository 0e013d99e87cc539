/**
 * No regular expression in src/ backtracks catastrophically: each is checked with recheck (the native
 * checker that ships with the npm package), whose fuzzer finds exponential and polynomial (quadratic
 * or worse) backtracking. Literals are read from the syntax tree; patterns built with `new RegExp`
 * are caught as they are built (helpers/regexes.ts), and every constructor call site must be among
 * them.
 *
 * The verdict depends on the pattern alone, never on the machine's load: every wall-clock limit of
 * recheck is off (timeout, attackTimeout, incubationTimeout, seedingTimeout; recall validation,
 * which times the pattern in the real engine, is skipped) and the work is bounded by step counts
 * instead (attackLimit, incubationLimit, seedingLimit: characters read by recheck's VM), with a fixed
 * random seed. The seeder is the dynamic one, whose cost is bounded by seedingLimit; the static
 * (automaton) seeder took 285 s on dates/durations.ts:21 with no time limit. Attack strings are at
 * most 30,000 characters: a quadratic pattern reads about 4.5e8 characters on one, far above the
 * 1e7 limit, while a linear one reads a few hundred thousand. The whole check takes about 20 s.
 *
 * A pattern flagged before was rewritten (see git log: a lookbehind holding \s+, \W* before \s+,
 * \b inside words joined by ' or -, overlapping runs of white space, unbounded chains). A pattern
 * recheck cannot decide fails.
 */
import { check, type Diagnostics, type Parameters } from 'recheck';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { constructedRegexes, constructorSites, regexLiterals, sourceFiles, type FoundRegex } from './helpers/regexes.js';

const files = sourceFiles().filter((f) => !f.includes('/cli/'));
const literals = regexLiterals(files);
let built: FoundRegex[] = [];

beforeAll(async () => {
  vi.resetModules();
  built = await constructedRegexes(async () => {
    // The worker entry runs only inside a worker thread (it throws elsewhere); its literals are still
    // read from the syntax tree above, and it builds no RegExp of its own.
    for (const f of files) if (!f.endsWith('/node/extract-worker.ts')) await import(f);
  });
});

/** recheck's parameters: step limits and a fixed seed, no wall-clock limit (see above). */
const RECHECK: Parameters = {
  checker: 'fuzz',
  seeder: 'dynamic',
  randomSeed: 20_240_601,
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  maxAttackStringSize: 30_000,
  attackLimit: 10_000_000,
};

/** What recheck says, in one line, for the failure message. */
function verdict(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `vulnerable: ${d.complexity.summary}, attack ${JSON.stringify(d.attack.string.slice(0, 40))}`;
  if (d.status === 'unknown') return `unknown: ${d.error.kind}`;
  return 'safe';
}

describe('ReDoS', () => {
  it('finds the patterns: literals in every folder, and every new RegExp call site built', () => {
    expect(literals.length).toBeGreaterThan(100);
    const seen = new Set(built.map((r) => r.where));
    expect(constructorSites(files).filter((site) => !seen.has(site))).toEqual([]);
  });

  it.each(literals.map((r) => [r.where, r] as const))('literal at %s is safe', async (_, r) => {
    expect(verdict(await check(r.source, r.flags, RECHECK)), `/${r.source}/${r.flags}`).toBe('safe');
  });

  it('every pattern built with new RegExp is safe', async () => {
    const verdicts: Array<[string, string]> = [];
    for (const r of built) verdicts.push([r.where, verdict(await check(r.source, r.flags, RECHECK))]);
    expect(verdicts.filter(([, v]) => v !== 'safe')).toEqual([]);
  });

  it('the check finds real backtracking: quadratic and exponential patterns fail it', async () => {
    expect(verdict(await check('^\\s*a\\s*\\s*$', '', RECHECK))).toMatch(/^vulnerable: 2nd degree polynomial/);
    expect(verdict(await check('(a|a)*b', '', RECHECK))).toMatch(/^vulnerable: exponential/);
    expect(verdict(await check('(?:^|[^\\w\'-])(?:[A-Z][\\w\'-]* ){1,6}Act\\b', 'g', RECHECK))).toBe('safe');
  });
});
