/**
 * The BASIL comparison scorer on hand-made stories (nothing here reads shared/eval): which quote
 * pairs count as gold, when a link finds one, when a link keeps the speaker, and how framing words
 * match lexical-bias spans given as text.
 */
import { describe, expect, it } from 'vitest';
import { emptyResult } from '../scripts/eval/evaluate-file.js';
import type { BasilDoc } from '../scripts/eval/gold.js';
import { jaccard, namesPerson, occurrences, personLabel, scoreStory, type StoryOutlet } from '../scripts/eval/score-comparison.js';
import { extract } from '../src/index.js';
import type { Claim, ExtractResult, Span } from '../src/types.js';

function doc(text: string, quotes: BasilDoc['quotes'], bias: BasilDoc['bias'] = []): BasilDoc {
  return { id: text.slice(0, 8), text, date: '2024-05-08', outlet: 'X', event_id: 'e', quotes, bias };
}

/** A quote claim over the first occurrence of `words` in `text`. */
function claimOver(text: string, words: string, id: string): Claim {
  const start = text.indexOf(words);
  const content = { start, end: start + words.length, text: words };
  return { kind: 'claim', id, type: 'statement', source: 'quote', speaker: null, cue: null, quote: 'q', content, entities: [], dates: [], confidence: 1, rule: 'quote:none' };
}

function outlet(record: BasilDoc, claims: Claim[], framing: Span[] = []): StoryOutlet {
  const result: ExtractResult = { ...emptyResult(record.text), claims };
  return { record, result, framing };
}

const A = 'Mayor Lee said: "We will rebuild the bridge by June." Critics blasted the plan.';
const B = '"We will rebuild the bridge by June," Lee told reporters. The council met on Monday.';
const goldA = doc(A, [{ txt: '"We will rebuild the bridge by June."', speaker: 'Carla_Lee' }], [{ txt: 'blasted', kind: 'lex', quote: false }]);
const goldB = doc(B, [{ txt: '"We will rebuild the bridge by June,"', speaker: 'carla_lee' }]);

describe('gold quote pairs', () => {
  it('are two quotes with one speaker label (any case) and token Jaccard of at least 0.5', () => {
    expect(jaccard('We will rebuild the bridge by June.', 'we will rebuild the bridge by june,')).toBe(1);
    expect(jaccard('a b c d', 'a b x y')).toBeCloseTo(2 / 6);
    const s = scoreStory([outlet(goldA, []), outlet(goldB, [])], []);
    expect(s.quotePairs).toEqual({ correct: 0, total: 1 });
  });

  it('are found when a link joins a claim holding each (a claim holds a quote it covers half of)', () => {
    const ca = claimOver(A, 'We will rebuild the bridge by June.', 'c0');
    const cb = claimOver(B, 'We will rebuild the bridge', 'c0');
    const link = { a: { outlet: 0, claim: 'c0' }, b: { outlet: 1, claim: 'c0' } };
    const s = scoreStory([outlet(goldA, [ca]), outlet(goldB, [cb])], [link]);
    expect(s.quotePairs).toEqual({ correct: 1, total: 1 });
    expect(s.speakerKept).toEqual({ correct: 1, total: 1 });
  });

  it('count a link between quotes of two labels as losing the speaker', () => {
    const other = doc(B, [{ txt: '"We will rebuild the bridge by June,"', speaker: 'Paul_Hartley' }]);
    const link = { a: { outlet: 0, claim: 'c0' }, b: { outlet: 1, claim: 'c0' } };
    const s = scoreStory([outlet(goldA, [claimOver(A, 'We will rebuild the bridge by June.', 'c0')]), outlet(other, [claimOver(B, 'We will rebuild the bridge by June', 'c0')])], [link]);
    expect(s.quotePairs.total).toBe(0);
    expect(s.speakerKept).toEqual({ correct: 0, total: 1 });
  });
});

describe('quote speakers named in the label', () => {
  it('counts labels that name a person by a first name, not groups or unnamed sources', () => {
    expect(personLabel('Carla_Lee')).toBe('lee');
    expect(personLabel('Susan_Rice')).toBe('rice');
    expect(personLabel('Tea_Party')).toBeNull();
    expect(personLabel('other_anti')).toBeNull();
    expect(personLabel('Democratic_Lawmakers')).toBeNull();
  });

  it('matches the surname as a word, or the start of one when the label lost its accented letters', () => {
    expect(namesPerson('Susan Rice', 'rice')).toBe(true);
    expect(namesPerson('Felipe Calderón', 'calder')).toBe(true);
    expect(namesPerson('Condoleezza Rice-Jones', 'rice')).toBe(true);
    expect(namesPerson('Price', 'rice')).toBe(false);
    expect(namesPerson('Al Gore', 'go')).toBe(false);
  });

  it('is right when the extraction\'s speaker names that person, wrong otherwise', () => {
    const right = { record: goldA, result: extract(A, { referenceDate: '2024-05-08' }), framing: [] };
    expect(scoreStory([right], []).namedSpeakers).toEqual({ correct: 1, total: 1 });
    const other = doc(A, [{ txt: '"We will rebuild the bridge by June."', speaker: 'Paul_Hartley' }]);
    expect(scoreStory([{ ...right, record: other }], []).namedSpeakers).toEqual({ correct: 0, total: 1 });
  });
});

describe('framing against lexical-bias spans outside quotes', () => {
  const at = (text: string, words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });

  it('matches a framing word that overlaps a gold span, one to one', () => {
    const s = scoreStory([outlet(goldA, [], [at(A, 'blasted'), at(A, 'plan')])], []);
    expect(s.framing).toEqual({ matchedPred: 1, pred: 2, matchedGold: 1, gold: 1 });
  });

  it('leaves out spans inside quotes and counts spans not found in the text apart', () => {
    const d = doc(A, [], [{ txt: 'rebuild', kind: 'lex', quote: true }, { txt: 'not in the text', kind: 'lex', quote: false }, { txt: 'Critics', kind: 'inf', quote: false }]);
    const s = scoreStory([outlet(d, [], [at(A, 'rebuild')])], []);
    expect(s.framing).toEqual({ matchedPred: 0, pred: 1, matchedGold: 0, gold: 0 });
    expect(s.unlocated).toBe(1);
  });

  it('finds a text at every place it occurs', () => {
    expect(occurrences('a b a', 'a')).toEqual([{ start: 0, end: 1 }, { start: 4, end: 5 }]);
  });
});
