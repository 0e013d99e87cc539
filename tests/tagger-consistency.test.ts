/**
 * The entity tagger's second-stage features (src/entities/tagger/consistency.ts) on sentences
 * written for this test, with first-stage labels set by hand: what the first stage said about the
 * same word elsewhere, about the longer name a word is part of, and about list neighbours.
 */
import { describe, expect, it } from 'vitest';
import { consistencyFeatures } from '../src/entities/tagger/consistency.js';
import type { TagToken } from '../src/entities/tagger/features.js';
import { LABELS } from '../src/entities/tagger/labels.js';

const tok = (text: string): TagToken => ({ text, pos: /^\p{Lu}/u.test(text) ? 'PROPN' : 'X', type: /^\w/u.test(text) ? 'word' : 'punctuation' });
const sentence = (s: string) => s.split(' ').map(tok);
const labels = (l: string) => l.split(' ').map((x) => LABELS.indexOf(x));

describe('consistencyFeatures', () => {
  it('gives a list item the classes of its neighbours, across an Oxford comma', () => {
    const tokens = sentence('Acme , Globex , Initech , and Hooli signed');
    const f = consistencyFeatures([tokens], [labels('U-ORG O U-PER O U-ORG O O U-ORG O')]);
    expect(f[0]![2]).toEqual(expect.arrayContaining(['ll=ORG|PER', 'lr=ORG|PER', 'lb=ORG|PER']));
    expect(f[0]![7]).toEqual(expect.arrayContaining(['ll=ORG|ORG']));
    expect(f[0]![1]).toEqual([]);
  });

  it('gives a word the majority class of its other capitalised occurrences, without case', () => {
    const sentences = [sentence('KESTRELTON FLOODS'), sentence('Heavy rain hit Kestrelton today .'), sentence('In Kestrelton , roads closed .')];
    const f = consistencyFeatures(sentences, [labels('O O'), labels('O O O U-LOC O O'), labels('O U-LOC O O O O')]);
    expect(f[0]![0]).toEqual(expect.arrayContaining(['tm=LOC', 'tm=LOC|true|O', 'tm=LOC|caps']));
    // Its own label is left out: the other two occurrences disagree (O in the headline, LOC in the body).
    expect(f[1]![3]!.filter((x) => x.startsWith('tm='))).toEqual(['tm=O', 'tm=O|false|LOC', 'tm=O|mid']);
  });

  it('gives a surname the class of the full name it was part of, and a name the class of its other mentions', () => {
    const sentences = [sentence('Judge Ada Okafor ruled .'), sentence('Okafor said no .'), sentence('Ada Okafor left .')];
    const f = consistencyFeatures(sentences, [labels('O B-PER L-PER O O'), labels('U-ORG O O O'), labels('B-PER L-PER O O')]);
    expect(f[1]![0]).toEqual(expect.arrayContaining(['sm=PER', 'sm=PER|ORG', 'sm=PER|initial']));
    expect(f[2]![1]).toEqual(expect.arrayContaining(['em=PER', 'em=PER|true|PER']));
  });

  it('says nothing of lower-case words outside names', () => {
    const f = consistencyFeatures([sentence('rain fell on the town')], [labels('O O O O O')]);
    expect(f[0]!.every((x) => x.length === 0)).toBe(true);
  });
});
