/**
 * A reflexive pronoun stands for the subject of its own clause: "Smith defended himself", "the
 * company described itself as ...".
 */
import type { Sieve } from '../sieve.js';

export const reflexive: Sieve = {
  name: 'reflexive',
  resolve(p, ctx) {
    if (p.pronoun?.case !== 'reflexive') return null;
    const clause = ctx.clause[p.first];
    for (let i = p.index - 1; i >= 0; i--) {
      const q = ctx.phrases[i]!;
      if (q.sentence !== p.sentence) break;
      if (ctx.clause[q.head] !== clause || ctx.role(q) !== 'subject') continue;
      const entity = q.entity ?? ctx.decided.get(q)?.entity ?? null;
      return { entity, rule: 'reflexive' };
    }
    return null;
  },
};
