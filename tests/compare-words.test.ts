/** The terms claims are compared on: stems meet across forms, synonyms across words, and no further. */
import { describe, expect, it } from 'vitest';
import { contentWords } from '../src/compare/words.js';
import { stem } from '../src/compare/stem.js';
import { SYNONYM_GROUPS } from '../src/compare/synonyms.js';

const term = (w: string) => contentWords(w)[0];

describe('terms', () => {
  it.each([
    ['sue', 'suing'], ['sued', 'lawsuit'], ['demands', 'demanded'], ['freedom', 'rights'], ['expression', 'speech'],
    ['given', 'afforded'], ['tweeted', 'pinned'], ['stopped', 'blocked'], ['investigation', 'probe'], ['companies', 'firm'],
    ['agreed', 'agreement'], ['criticized', 'criticism'], ['hired', 'hiring'], ['people', 'person'],
  ])('"%s" meets "%s"', (x, y) => {
    expect(term(x)).toBe(term(y));
  });

  it.each([
    ['news', 'new'], ['user', 'use'], ['statement', 'state'], ['statements', 'states'], ['court', 'courtesy'], ['decline', 'refuse'],
  ])('"%s" does not meet "%s"', (x, y) => {
    expect(term(x)).not.toBe(term(y));
  });

  it('drops function words and keeps handles to their entity keys', () => {
    expect(contentWords('It said that the @ALT_USCIS account #altgov was theirs')).toEqual([term('account')]);
  });

  it('puts no word in two synonym groups', () => {
    const seen = new Map<string, string>();
    for (const group of SYNONYM_GROUPS) for (const w of group.split(' ')) {
      const s = stem(w);
      expect(seen.get(s) ?? group, `${w} in "${seen.get(s)}" and "${group}"`).toBe(group);
      seen.set(s, group);
    }
  });
});
