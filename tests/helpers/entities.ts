import { expect } from 'vitest';
import { extract, type ExtractResult } from '../../src/index.js';
import { badSpans } from './spans.js';

/** Extracts and checks that every span in the result slices the input exactly. */
export function run(text: string): ExtractResult {
  const r = extract(text);
  expect(badSpans(text, r)).toEqual([]);
  return r;
}

/** "type:text" for every name or acronym mention, in text order. */
export function mentionRows(r: ExtractResult): string[] {
  return r.entities
    .flatMap((e) => e.mentions.filter((m) => m.form === 'name' || m.form === 'acronym').map((m) => ({ at: m.start, row: `${e.type}:${m.text}` })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.row);
}
