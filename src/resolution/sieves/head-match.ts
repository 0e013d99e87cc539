/**
 * A definite description whose head is the head of a name stands for that name's entity: "the
 * court" for "the federal court", "the department" for "the U.S. Department of Justice", "the
 * university" for "Harvard University". Every other word of the description must be in the name
 * ("the federal court", not "the appeals court", for "federal court"). Only entities already
 * mentioned count; the most salient, then the latest, wins.
 */
import type { Entity } from '../../types.js';
import type { Sieve } from '../sieve.js';
import { salienceAt } from '../salience.js';
import { isAnaphoric } from './role.js';

export const headMatch: Sieve = {
  name: 'head-match',
  resolve(p, ctx) {
    if (p.kind !== 'common' || !isAnaphoric(p) || p.owner) return null;
    const tokens = ctx.doc.tokens;
    const head = tokens[p.head]!;
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
    const candidates = ctx.heads.get(head.lemma.toLowerCase()) ?? [];
    const words: string[] = [];
    for (let i = p.outer + 1; i < p.head; i++) if (tokens[i]!.pos !== 'DET') words.push(tokens[i]!.normal);
    let best: Entity | null = null;
    let bestScore = -1;
    let bestLast = -1;
    for (const entity of candidates) {
      const referent = ctx.discourse.of(entity);
      const last = referent?.last ?? -1;
      if (!referent || last < 0 || last >= p.start) continue;
      const name = entity.name.toLowerCase();
      if (!words.every((w) => name.includes(w))) continue;
      const score = salienceAt(referent, p.sentence);
      if (score > bestScore || (score === bestScore && last > bestLast)) [best, bestScore, bestLast] = [entity, score, last];
    }
    return best ? { entity: best, rule: 'head-match' } : null;
  },
};

/** Words after which a name's head has come: "Department of Justice" has the head "department". */
const AFTER_HEAD = /^(of|for|on|in|at|to|and|&)$/i;

/** The head word of a name, lower case: the last word before "of"/"for", or its last word. */
export function nameHead(name: string): string | null {
  const words = name.replace(/['\u2019]s$/u, '').split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w));
  const head = (cut > 0 ? words[cut - 1] : words.at(-1))!.replace(/[.,]$/, '').toLowerCase();
  return /^[a-z-]{3,}$/.test(head) ? head : null;
}
