import { describe, expect, it } from 'vitest';
import { newWinkInstance, RenewingWink } from '../src/document/wink-instance.js';

const TEXT = 'Twitter sued the Department of Homeland Security on Thursday. "We will fight," it said.';
const tokensOf = (nlp: ReturnType<typeof newWinkInstance>, text: string) => nlp.readDoc(text).tokens().out(nlp.its.pos);

describe('wink-nlp instances', () => {
  it('can be made again and again: the 21st from the model package as published throws', () => {
    const first = tokensOf(newWinkInstance(), TEXT);
    for (let i = 0; i < 24; i++) expect(tokensOf(newWinkInstance(), TEXT)).toEqual(first);
  });

  it('are renewed after the set number of characters, and read alike', () => {
    const wink = new RenewingWink(100);
    const seen: unknown[] = [];
    // 87 characters each: a new instance for the 1st, 3rd, 5th, ... text.
    for (let i = 0; i < 6; i++) seen.push(tokensOf(wink.for(TEXT.length), TEXT));
    expect(TEXT.length).toBe(87);
    expect(wink.instancesMade).toBe(3);
    expect(new Set(seen.map((s) => JSON.stringify(s))).size).toBe(1);
  });
});
