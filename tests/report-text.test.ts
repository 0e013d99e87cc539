/** The side-by-side text comparison: fits the width it is given, pairs on one row, A left, B right. */
import { describe, expect, it } from 'vitest';
import { compare, comparisonText, extract } from '../src/index.js';
import { wrap, sideBySide } from '../src/report/columns.js';
import { FIXTURES, SEED_DATE, fixture } from './helpers/fixtures.js';

const a = extract(fixture(FIXTURES[0]), { referenceDate: SEED_DATE });
const b = extract(fixture(FIXTURES[1]), { referenceDate: SEED_DATE });
const c = compare(a, b);

describe('comparisonText', () => {
  it.each([60, 100, 160])('keeps every line within %i columns', (width) => {
    const lines = comparisonText(a, b, c, { names: ['000', '001'], width }).split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(width);
  });

  it('puts the two claims of a pair side by side, A on the left', () => {
    const text = comparisonText(a, b, c, { width: 200 });
    const row = text.split('\n').find((l) => l.includes('The freedom of expression'));
    const [left, right] = row!.split(' │ ');
    expect(left).toContain('Twitter Inc. (wrote in its complaint): “The freedom of expression');
    expect(right).toContain('Twitter (argued): “The rights of free speech');
  });

  it('lists what each outlet alone reports in its own column', () => {
    const lines = comparisonText(a, b, c, { width: 120 }).split('\n');
    const header = lines.find((l) => l.startsWith('Only in A'))!;
    expect(header).toMatch(new RegExp(`^Only in A \\(${c.onlyA.length}\\)\\s+│ Only in B \\(${c.onlyB.length}\\)$`));
    expect(lines.some((l) => /│ .*American Civil Liberties Union/.test(l))).toBe(true);
  });
});

describe('columns', () => {
  it.each([
    ['wraps at spaces', 'the quick brown fox jumps', 10, ['the quick', 'brown fox', 'jumps']],
    ['cuts a word longer than the column', 'abcdefghijkl xy', 5, ['abcde', 'fghij', 'kl xy']],
    ['folds runs of white space', 'a \n\n b', 10, ['a b']],
  ] as const)('%s', (_what, text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });

  it('pads the left column so the bar lines up', () => {
    expect(sideBySide(['ab', 'abcd'], ['x'], 5)).toEqual(['ab    │ x', 'abcd  │']);
  });
});
