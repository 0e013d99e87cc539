/**
 * The comparison reports for two and for three outlets, on the story sets written for the tests:
 * names instead of keys, dates in words, the speaker outside the quotation marks, "omits" where an
 * outlet does not carry a statement, drift as each outlet wrote it, framing filled.
 */
import { describe, expect, it } from 'vitest';
import { comparisonText } from '../src/index.js';
import { comparisonMarkdown } from '../src/report/markdown.js';
import { comparisonRows } from '../src/report/claim-table.js';
import { storySet } from './helpers/stories.js';

const fire = storySet('fire-a', 'fire-b', 'fire-c');
const budget = storySet('budget-a', 'budget-b');
const court = storySet('court-a', 'court-b');

describe('text report', () => {
  const text = comparisonText(fire.results, fire.comparison, { names: ['Ledger', 'Post', 'Herald'], width: 100 });
  const lines = text.split('\n');

  it('lays three outlets out as a story: each statement with every outlet\'s claim, or that it omits it', () => {
    expect(text).toContain('A: Ledger');
    expect(text).toContain('C: Herald');
    const row = lines.findIndex((l) => /^\d+\. reported, Greenleaf: in A and B; C omits it$/.test(l));
    expect(row).toBeGreaterThan(0);
    expect(lines.slice(row, row + 6).some((l) => /^C\s+\(omits it\)$/.test(l))).toBe(true);
  });

  it('puts the speaker outside the quotation marks', () => {
    expect(text).toContain('Alan Brody (said): “The roof collapsed within twenty minutes');
  });

  it('keeps every line within the width', () => {
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('gives dates in words and sources by name', () => {
    expect(text).toContain('Monday, May 6, 2024 (2 days before the article)');
    expect(text).toMatch(/all: Alan Brody/);
    expect(text).not.toContain('alan brody');
  });

  it('still takes the two-article form of schema 1.2, side by side, with drift and framing', () => {
    const two = comparisonText(budget.results[0]!, budget.results[1]!, budget.comparison, { width: 120 });
    expect(two).toMatch(/│ Lydia Marsh \(said\): “We cannot vote/);
    expect(two).toContain('Lydia Marsh: A “will not” / B “cannot”; A “while” / B “when”; A “sits” / B “is sitting”');
    const framed = comparisonText(court.results, court.comparison, { width: 120 });
    expect(framed).toMatch(/^B: .*blistering \(loaded-adjective\)/m);
  });
});

describe('markdown report', () => {
  const md = comparisonMarkdown(fire.results, fire.comparison, { names: ['Ledger', 'Post', 'Herald'] });

  it('has a story table with one column per outlet and — where one omits a statement', () => {
    expect(md).toContain('| # | what | A | B | C |');
    const greenleaf = md.split('\n').find((l) => l.includes('every worker was safe'))!;
    expect(greenleaf).toMatch(/\| — \|$/);
  });

  it('ticks which outlets give each source, entity and date, by name and in words', () => {
    expect(md).toMatch(/^\| Alan Brody \| ✓ \| ✓ \| ✓ \|$/m);
    // B writes "Monday morning": a time of day, another value than A's and C's "Monday".
    expect(md).toMatch(/^\| Monday, May 6, 2024 \(2 days before the article\) \| ✓ \| {2}\| ✓ \|$/m);
    expect(md).toMatch(/^\| the morning of Monday, May 6, 2024 \(2 days before the article\) \| {2}\| ✓ \| {2}\|$/m);
  });

  it('lists drift and framing when there are some', () => {
    const b = comparisonMarkdown(budget.results, budget.comparison);
    expect(b).toContain('## Misquote drift');
    expect(b).toContain('A “will not” / B “cannot”');
    expect(comparisonMarkdown(court.results, court.comparison)).toMatch(/^- \*\*B\*\*: .*blistering/m);
  });
});

describe('claim rows (csv)', () => {
  it('numbers each claim by the statement it reports with other outlets, for every outlet', () => {
    const rows = comparisonRows(fire.results, fire.comparison);
    expect(rows[0]!.slice(0, 3)).toEqual(['article', 'statement', 'id']);
    const brody = rows.filter((r) => String(r[7]).startsWith('The roof collapsed'));
    expect(brody.map((r) => r[0])).toEqual(['A', 'B', 'C']);
    expect(new Set(brody.map((r) => r[1])).size).toBe(1);
  });
});
