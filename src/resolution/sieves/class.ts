/**
 * A definite description of a kind stands for the entity of that kind the text is most about so
 * far: "the social network" or "the company" for the organisation named most often (for the nouns any
 * organisation may be called; "the university" needs a name or a role that says so), "the
 * administration" for the government, "the court" for the court, "the account" for the account
 * (prominence.ts). With none before it, a description may point ahead to the one entity of its kind
 * the whole text names: "the account" before "@ALT_uscis", when no other account is named.
 * A person's role noun never resolves this way: "the judge" is the judge the text named as one
 * (role.ts), not whoever was named last.
 */
import type { Sieve } from '../sieve.js';
import { descriptionClass } from '../classes.js';
import { isAnaphoric } from './role.js';
import { GENERIC_ORGANISATION_NOUNS } from '../words.js';

export const kind: Sieve = {
  name: 'class',
  resolve(p, ctx) {
    if (p.kind !== 'common' || !isAnaphoric(p) || p.owner) return null;
    const head = ctx.doc.tokens[p.head]!;
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
    const noun = head.lemma.toLowerCase();
    const c = descriptionClass(noun);
    // "the university", "the board": a kind or a part of an organisation, found by head or role only.
    if (c === null || c === 'person' || (c === 'organization' && !GENERIC_ORGANISATION_NOUNS.has(noun))) return null;
    const entity = ctx.prominent(c, p.start) ?? ctx.onlyOfClass(c);
    return entity ? { entity, rule: 'class' } : null;
  },
};
