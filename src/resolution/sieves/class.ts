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
import type { Entity } from '../../types.js';
import type { Phrase } from '../phrases.js';
import type { ResolutionContext, Sieve } from '../sieve.js';
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
    if (!entity || toldApart(p, noun, entity, ctx)) return null;
    return { entity, rule: 'class' };
  },
};

/** Sentences back that "the law" looks for the "a new privacy law" it repeats. */
const REPEAT_WINDOW = 8;

/**
 * "a new privacy law violates the First Amendment ... the law": the nearest earlier phrase with the
 * same head stands for no entity and was named beside the entity of the class, as another thing;
 * the description repeats that phrase, not the entity. ("an anti-Trump Twitter account ... the
 * account", where the account is named elsewhere, still resolves.)
 */
function toldApart(p: Phrase, noun: string, entity: Entity, ctx: ResolutionContext): boolean {
  const tokens = ctx.doc.tokens;
  for (let i = p.index - 1; i >= 0; i--) {
    const q = ctx.phrases[i]!;
    if (p.sentence - q.sentence > REPEAT_WINDOW) return false;
    if (q.kind !== 'common' || tokens[q.head]!.lemma.toLowerCase() !== noun) continue;
    if (ctx.decided.get(q)?.entity) return false;
    return ctx.phrases.some((r) => r.sentence === q.sentence && r.kind === 'name' && r.entity === entity);
  }
  return false;
}
