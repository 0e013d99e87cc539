/**
 * A 10 MB article (issue #9): a stress case, run by `npm run test:stress` (and CI), not `npm test`,
 * because it takes two to three minutes on a two-core machine. Run once; it asserts that extract()
 * completes and that every span is exact, and asserts no timing (scripts/bench-scaling.ts measures).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { FIXTURES, fixture, SEED_DATE } from '../helpers/fixtures.js';

describe('a 10 MB article', () => {
  it('completes with exact spans (run once; no timing asserted)', () => {
    const unit = FIXTURES.map((f) => fixture(f)).join('\n\n') + '\n\n';
    const input = unit.repeat(Math.ceil(10_000_000 / unit.length)).slice(0, 10_000_000);
    const r = extract(input, { referenceDate: SEED_DATE });
    expect(r.length).toBe(10_000_000);
    expect(r.quotes.length).toBeGreaterThan(1000);
    // helpers/invariants.ts names every object it visits by path, which on 10 MB of output costs more
    // than the extraction: check the slices of the items that stand in the text directly.
    for (const [name, items] of Object.entries({ paragraphs: r.paragraphs, sentences: r.sentences, quotes: r.quotes, dates: r.dates, contents: r.claims.map((c) => c.content), mentions: r.entities.flatMap((e) => e.mentions) })) {
      expect(items.filter((s) => input.slice(s.start, s.end) !== s.text).length, name).toBe(0);
    }
  }, 600_000);
});
