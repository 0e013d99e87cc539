import type { Claim, Comparison, ExtractResult } from '../../src/index.js';

/** The claim whose content holds `words`; throws when none or several do, so a test names one claim. */
export function claimWith(r: ExtractResult, words: string): Claim {
  const found = r.claims.filter((c) => c.content.text.replace(/\s+/g, ' ').includes(words));
  if (found.length !== 1) throw new Error(`${found.length} claims hold "${words}"`);
  return found[0]!;
}

/** The pair holding the claim of A with `inA`, or undefined. */
export function pairOf(c: Comparison, a: ExtractResult, inA: string) {
  const id = claimWith(a, inA).id;
  return c.pairs.find((p) => p.a === id);
}

/** What a claim states: its content, after its cue when it reports speech ("tweeted the First Amendment"). */
export function textOf(r: ExtractResult, id: string): string {
  const c = r.claims.find((x) => x.id === id)!;
  return c.source === 'reported' && c.cue ? `${c.cue.text} ${c.content.text}` : c.content.text;
}
