/**
 * No regular expression in src/ backtracks catastrophically: each is checked with recheck (the native
 * checker that ships with the npm package: automata theory where it applies, fuzzing where it does
 * not), which finds exponential and polynomial (quadratic or worse) backtracking. Literals are read
 * from the syntax tree; patterns built with `new RegExp` are caught as they are built
 * (helpers/regexes.ts), and every constructor call site must be among them.
 *
 * A pattern recheck flags is rewritten (see git log for the rewrites: a lookbehind holding \s+,
 * \W* before \s+, \b inside words joined by ' or -, overlapping runs of white space, unbounded
 * chains). The one exception below is a verdict of recheck's fuzzer alone (its automaton cannot read
 * lookarounds), on a pattern whose every start reads a bounded stretch; it must stay flagged by the
 * fuzzer only, and is dropped from the list when it passes. A pattern recheck cannot decide fails.
 */
import { check, type Diagnostics } from 'recheck';
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

/** Fuzzer-only verdicts on patterns shown linear by construction, with the reason. */
const FUZZ_FALSE_POSITIVES: Record<string, string> = {
  'dates/durations.ts:21':
    'every start reads at most an article, a frame, a modifier, a number of at most six words and a unit; ' +
    'matchAll over 200,000 characters of the attack strings grows linearly (checked when the chain was bounded)',
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
    expect(verdict(await check(r.source, r.flags, { timeout: 20_000 })), `/${r.source}/${r.flags}`).toBe('safe');
  });

  it('every pattern built with new RegExp is safe', async () => {
    const verdicts: Array<[string, string]> = [];
    for (const r of built) {
      const d = await check(r.source, r.flags, { timeout: 20_000 });
      const fuzzOnly = d.status === 'vulnerable' && d.complexity.type === 'polynomial' && d.complexity.isFuzz;
      if (fuzzOnly && FUZZ_FALSE_POSITIVES[r.where]) continue;
      verdicts.push([r.where, FUZZ_FALSE_POSITIVES[r.where] ? `${verdict(d)} (listed as a fuzzer false positive: drop it from the list)` : verdict(d)]);
    }
    expect(verdicts.filter(([, v]) => v !== 'safe')).toEqual([]);
  }, 300_000);
});
