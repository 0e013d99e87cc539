// A TypeScript user who narrows claims on `source` (strict, module nodenext): after the check, the
// speaker and cue of a reported claim are there and a narrative claim's are null, with no `?.`.
import { extract, indexResult, resolveComparison, compare, type Claim, type ClaimRule, type FramingReason, type Speaker, type Span } from 'newsclaims';

const r = extract('Twitter said on Thursday that the order was unlawful. "We will appeal," said Jane Doe. The court meets in May.');

export function describeClaim(c: Claim): string {
  switch (c.source) {
    case 'narrative': {
      const speaker: null = c.speaker;
      const cue: null = c.cue;
      const quote: null = c.quote;
      const rule: 'narrative:sentence' = c.rule;
      return `${rule} ${String(speaker)} ${String(cue)} ${String(quote)}: ${c.content.text}`;
    }
    case 'reported': {
      const speaker: Speaker = c.speaker;
      const cue: Span = c.cue;
      return `${speaker.name ?? speaker.evidence} (${cue.text}): ${c.content.text}`;
    }
    case 'quote': {
      const quote: string = c.quote;
      return `${c.speaker?.name ?? 'unattributed'} [${quote}]: ${c.content.text}`;
    }
  }
}

export const lines: string[] = r.claims.map(describeClaim);
const index = indexResult(r);
export const entityNames: string[] = r.claims.flatMap((c) => c.entities.map((id) => index.entity(id)?.name ?? id));
export const paired: string[] = resolveComparison(r, r, compare(r, r)).pairs.map((p) => `${p.claimA.id}=${p.claimB.id}`);

declare const any: Claim;
if (any.source === 'narrative') {
  // @ts-expect-error: a narrative claim has no speaker, so it is no Speaker.
  const wrong: Speaker = any.speaker;
  void wrong;
}
// @ts-expect-error: a reported claim's speaker is not optional.
export const reported: Claim = { kind: 'claim', id: 'c0', type: 'statement', source: 'reported', speaker: null, cue: null, content: { start: 0, end: 1, text: 'x' }, quote: null, entities: [], dates: [], confidence: 1, rule: 'reported:cue' };
// @ts-expect-error: rules are a closed set.
export const rule: ClaimRule = 'quote:bogus';
// @ts-expect-error: framing reasons are a closed set.
export const reason: FramingReason = 'rude';
