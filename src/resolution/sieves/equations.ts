/**
 * The most precise sieves: a description the text equates with a name. An apposition ("Anthony
 * Romero, the ACLU's executive director,"; "the company's founder, Jane Doe,") or a predicate
 * nominative ("Smith is the governor of Texas") is a mention of the named entity.
 */
import type { Sieve } from '../sieve.js';

export const apposition: Sieve = {
  name: 'apposition',
  resolve(p, ctx) {
    const eq = ctx.equations.get(p);
    return eq?.how === 'apposition' && eq.name.entity ? { entity: eq.name.entity, rule: 'apposition' } : null;
  },
};

export const predicateNominative: Sieve = {
  name: 'predicate-nominative',
  resolve(p, ctx) {
    const eq = ctx.equations.get(p);
    return eq?.how === 'predicate-nominative' && eq.name.entity ? { entity: eq.name.entity, rule: 'predicate-nominative' } : null;
  },
};
