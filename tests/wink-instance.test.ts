import { describe, expect, it } from 'vitest';
import { newWinkInstance, WinkPool, type WinkNlp } from '../src/document/wink-instance.js';

const TEXT = 'Twitter sued the Department of Homeland Security on Thursday. "We will fight," it said.';
const posOf = (nlp: WinkNlp, text: string) => nlp.readDoc(text).tokens().out(nlp.its.pos);
/** Everything about a read that a later read could change: tokens, their shapes and tags, sentences. */
const readOf = (nlp: WinkNlp, text: string) => {
  const doc = nlp.readDoc(text);
  return { values: doc.tokens().out(), shapes: doc.tokens().out(nlp.its.shape), pos: doc.tokens().out(nlp.its.pos), sentences: doc.sentences().out() };
};

/** `n` words of distinct spellings and, mostly, distinct shapes ("qaA1-a1A..."). */
function distinctWords(n: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = 'q';
    for (let k = 0, m = i; k < 11; k++, m = Math.floor(m / 4)) w += 'aA1-'[m % 4];
    words.push(w);
  }
  return words;
}

describe('wink-nlp instances', () => {
  it('can be made again and again: the 21st from the model package as published throws', () => {
    const first = posOf(newWinkInstance().nlp, TEXT);
    for (let i = 0; i < 24; i++) expect(posOf(newWinkInstance().nlp, TEXT)).toEqual(first);
  });

  // wink's tokenizer keeps a piece whole when its lexicon knows it, and every word read is added to
  // that lexicon: "Trump's," adds "Trump's", which a fresh instance splits "Trump | 's".
  it.each([
    ["Trump's,", "Trump's"],
    ["Trump's.", "Trump's"],
    ["Trump's\u2014", "Trump's"],
    ["Trump's/", "Trump's"],
    ["a'b...", "a'b..."],
    ['U.S.Department ', 'U.S\u00AD. is U.S. '],
    ['x\u2028Y said.', 'x\u2028Y said.'],
  ])('reads %j and then %j as a fresh instance reads the second', (earlier, text) => {
    const used = newWinkInstance();
    used.nlp.readDoc(earlier);
    expect(readOf(used.nlp, text)).toEqual(readOf(newWinkInstance().nlp, text));
  });

  it('reads alike after 20,000 words of distinct shapes (the shape field would overflow into other features)', () => {
    const used = newWinkInstance();
    used.nlp.readDoc(distinctWords(20_000).join(' '));
    const probe = 'The code is Zb2B2bB2b2. It was found on Qz9zQ-9.';
    expect(readOf(used.nlp, probe)).toEqual(readOf(newWinkInstance().nlp, probe));
  });

  it('counts the words it adds to its lexicon, a word and its lower case', () => {
    const wink = newWinkInstance();
    expect(wink.lexemesAdded()).toBe(0);
    wink.nlp.readDoc('Zorblat zorblat Zorblat.');
    expect(wink.lexemesAdded()).toBe(2);
  });
});

describe('WinkPool', () => {
  it('gives a new instance when the next read could take the current one past its bound', () => {
    const pool = new WinkPool(1_400);
    const words = distinctWords(300);
    const reads: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const text = words.slice(i * 50, (i + 1) * 50).join(' ');
      const nlp = pool.for(text.length);
      // A read adds at most two words per character: never past the bound.
      nlp.readDoc(text);
      expect(pool.lexemesAdded).toBeLessThanOrEqual(1_400);
      reads.push(readOf(nlp, TEXT));
    }
    expect(pool.instancesMade).toBeGreaterThan(1);
    // When it was renewed does not show in what it reads.
    expect(new Set(reads.map((r) => JSON.stringify(r))).size).toBe(1);
  });
});
