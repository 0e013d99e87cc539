/**
 * A definite description names the entity the text gave that role: "the judge" is the one called
 * "Judge Maria Alvarez", "the Texas governor" the one called "Texas Gov. Greg Abbott" or "the
 * governor of Texas", "the social network" the one called "Twitter, the social network". A proper
 * word in the description ("Texas") must be among the role's words; an owner ("the ACLU's
 * director") must be the entity the role is held at. Among several, the most salient wins, then the
 * one mentioned last.
 */
import type { Entity } from '../../types.js';
import { roleNoun, type Role } from '../roles.js';
import type { Phrase } from '../phrases.js';
import type { ResolutionContext, Sieve } from '../sieve.js';
import { salienceAt } from '../salience.js';

/** Holders of one role looked at per description. */
const MAX_HOLDERS = 50;

export const role: Sieve = {
  name: 'role',
  resolve(p, ctx) {
    if (p.kind !== 'common' || !isAnaphoric(p)) return null;
    const tokens = ctx.doc.tokens;
    const noun = roleNoun(tokens[p.head]!);
    if (!noun) return null;
    const proper = properWords(p, ctx);
    const owner = p.owner ? (p.owner.entity ?? ctx.decided.get(p.owner)?.entity ?? null) : null;
    let best: Entity | null = null;
    let bestScore = -1;
    let bestLast = -1;
    // The latest holders of the role only: a long text may give one role to many.
    const holders = ctx.roles.get(noun) ?? [];
    for (let i = holders.length - 1; i >= Math.max(0, holders.length - MAX_HOLDERS); i--) {
      const { entity, roles } = holders[i]!;
      if (!roles.some((r) => fits(r, noun, proper, owner, p.start))) continue;
      const referent = ctx.discourse.of(entity);
      if (!referent) continue;
      const score = salienceAt(referent, p.sentence);
      const last = referent.last;
      if (score > bestScore || (score === bestScore && last > bestLast)) [best, bestScore, bestLast] = [entity, score, last];
    }
    return best ? { entity: best, rule: 'role' } : null;
  },
};

/** "the judge", "this company", "the ACLU's director": descriptions that point back; "a judge" does not. */
export function isAnaphoric(p: Phrase): boolean {
  return p.determiner === 'definite' || p.determiner === 'demonstrative' || (p.determiner === 'possessive' && p.owner !== null);
}

/** Capitalised words and names before the head: "Texas" in "the Texas governor". */
function properWords(p: Phrase, ctx: ResolutionContext): string[] {
  const out: string[] = [];
  const tokens = ctx.doc.tokens;
  const from = p.owner ? p.owner.last + 2 : p.outer;
  for (let i = from; i < p.head; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(ctx.doc.text.slice(t.start, t.end))) out.push(t.normal.replace(/\.$/, ''));
  }
  return out;
}

function fits(r: Role, noun: string, proper: string[], owner: Entity | null, before: number): boolean {
  if (r.noun !== noun || r.given >= before) return false;
  if (owner && r.at !== owner) return false;
  return proper.every((w) => r.words.has(w) || (r.at !== null && r.at.name.toLowerCase().includes(w)));
}
