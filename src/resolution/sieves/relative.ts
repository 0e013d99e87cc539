/**
 * A relative pronoun stands for the phrase it follows: "Franklin Graham, who has vowed ...", "the
 * judge who heard the case". Only right after the phrase, or after it and a comma.
 */
import type { Sieve } from '../sieve.js';

export const relativePronoun: Sieve = {
  name: 'relative-pronoun',
  resolve(p, ctx) {
    if (p.kind !== 'relative') return null;
    const tokens = ctx.doc.tokens;
    const last = tokens[p.first - 1]?.normal === ',' ? p.first - 2 : p.first - 1;
    // The phrase that ends there: among the last few (nested names and owners come before their phrase).
    for (let i = p.index - 1; i >= Math.max(0, p.index - 6); i--) {
      const q = ctx.phrases[i]!;
      if (q.last !== last || q.nested) continue;
      const entity = q.entity ?? ctx.decided.get(q)?.entity ?? null;
      return entity ? { entity, rule: 'relative-pronoun' } : null;
    }
    return null;
  },
};
