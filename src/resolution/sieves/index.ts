/**
 * The sieves of the resolution stage, in the order they run: the most precise first, so a phrase
 * the text equates with a name in so many words is never left to a guess (Lee et al. 2013,
 * "Deterministic coreference resolution based on entity-centric, precision-ranked rules").
 *
 * 1. apposition, predicate nominative: "X, the governor,", "X is the governor".
 * 2. relative and reflexive pronouns: "X, who ...", "X defended himself".
 * 3. descriptions by role, by the head of a name, then by kind: "the judge", "the court", "the company".
 * 4. pronouns, by agreement and salience.
 *
 * Each phrase is offered to the sieves in this order in one pass through the text, so a pronoun
 * sees every description before it already resolved.
 */
import type { Sieve } from '../sieve.js';
import { apposition, predicateNominative } from './equations.js';
import { relativePronoun } from './relative.js';
import { reflexive } from './reflexive.js';
import { role } from './role.js';
import { headMatch } from './head-match.js';
import { kind } from './class.js';
import { pronoun } from './pronoun.js';

export const SIEVES: readonly Sieve[] = [apposition, predicateNominative, relativePronoun, reflexive, role, headMatch, kind, pronoun];
