/** The title's words and the entities it names (src/resolution/title.ts). */
import { describe, expect, it } from 'vitest';
import { namedInTitle, titleWords } from '../src/resolution/title.js';
import type { Entity } from '../src/types.js';

const entity = (name: string) => ({ name }) as Entity;

describe('titleWords', () => {
  it.each<[string | null, string[]]>([
    [null, []],
    ['', []],
    ['Warren_MacKenzie', ['warren', 'mackenzie']],
    ["Judge Rules O'Brien Can Sue", ['judge', 'rules', "o'brien", 'can', 'sue']],
    ['List of Teachers (UK TV series) characters', ['teachers', 'uk', 'tv']],
    ['twitter sues over account', []],
    ['Philip II of Spain', ['philip', 'ii', 'spain']],
    ["The Smiths' Jr. League--", ['smiths', 'jr', 'league']],
  ])('%j', (title, words) => {
    expect([...titleWords(title)]).toEqual(words);
  });
});

describe('namedInTitle', () => {
  const words = titleWords('Warren MacKenzie (potter)');
  it.each<[string, number]>([
    ['Warren MacKenzie', 2],
    ['MacKenzie', 2],
    ['Warren Buffett', 1],
    ['Bernard Leach', 0],
    ['The Warren Commission', 1],
  ])('%s: %i', (name, held) => {
    expect(namedInTitle(entity(name), words)).toBe(held);
  });

  it('names nothing without an entity or a title', () => {
    expect(namedInTitle(null, words)).toBe(0);
    expect(namedInTitle(entity('Warren MacKenzie'), titleWords(null))).toBe(0);
  });
});
