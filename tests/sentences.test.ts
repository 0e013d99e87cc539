/**
 * Sentence bounds on hand-written news sentences. wink-nlp breaks after abbreviations that end in a
 * period; analyse() keeps a break only where a sentence can start (see falseBreak in
 * src/document/analyse.ts).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const sentencesOf = (text: string) => extract(text).sentences.map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['Sen. Jane Roe (R-Fla.) said on Saturday that the bill was dead. It was.', ['Sen. Jane Roe (R-Fla.) said on Saturday that the bill was dead.', 'It was.']],
    ['Sen. John Doe (D-N.Y.) said "it is over." Nobody disagreed.', ['Sen. John Doe (D-N.Y.) said "it is over."', 'Nobody disagreed.']],
    ['"Why?" he asked. Nobody answered.', ['"Why?" he asked.', 'Nobody answered.']],
    ['The U.S. Supreme Court ruled on Monday. The case ended.', ['The U.S. Supreme Court ruled on Monday.', 'The case ended.']],
    ['She moved to Washington, D.C. Then she sued the city.', ['She moved to Washington, D.C.', 'Then she sued the city.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
