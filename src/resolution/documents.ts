/**
 * Documents and channels are not speakers: "a statement", "the letter", "her complaint", "in an
 * interview" lead to whoever issued them. The issuer is, in order:
 * 1. the document's owner: "Romney's statement", "its complaint";
 * 2. the phrase after "from", "by" or "of": "a statement from the White House", "the bio of the account";
 * 3. the subject of the verb that issued it: "Romney released a statement", "the firm filed a complaint";
 * 4. for "the statement", "this letter" with none of these, the issuer of the last document of the
 *    same name: "Smith sent a letter to the board. The letter said ...".
 */
import type { DocToken } from '../document/analyse.js';
import type { Entity } from '../types.js';
import type { Phrase } from './phrases.js';
import type { Decision } from './sieve.js';
import type { GrammaticalRole } from './syntax.js';
import { DOCUMENT_NOUNS, ISSUE_VERBS } from './words.js';

export interface Issued {
  document: Phrase;
  /** The phrase that issued it, when the text names one. */
  issuer: Phrase | null;
  entity: Entity | null;
}

/** Sentences back that "the letter" looks for the letter it repeats. */
const REPEAT_WINDOW = 12;

/** Whether a phrase names a document or channel. */
export function isDocument(tokens: readonly DocToken[], p: Phrase): boolean {
  const head = tokens[p.head]!;
  return p.kind === 'common' && head.pos === 'NOUN' && DOCUMENT_NOUNS.has(head.lemma.toLowerCase());
}

export function findIssuers(tokens: readonly DocToken[], phrases: readonly Phrase[], decided: ReadonlyMap<Phrase, Decision>, role: (p: Phrase) => GrammaticalRole): Map<Phrase, Issued> {
  const out = new Map<Phrase, Issued>();
  const entityOf = (p: Phrase | null): Entity | null => (p ? p.entity ?? decided.get(p)?.entity ?? null : null);
  const byOuter = new Map<number, Phrase>();
  for (const p of phrases) if (!byOuter.has(p.outer) || !p.nested) byOuter.set(p.outer, p);
  const lastByNoun = new Map<string, Issued>();
  for (const p of phrases) {
    if (!isDocument(tokens, p)) continue;
    const issuer = p.owner ?? after(tokens, byOuter, p) ?? verbSubject(tokens, phrases, p, role);
    const noun = tokens[p.head]!.lemma.toLowerCase();
    let issued: Issued = { document: p, issuer, entity: entityOf(issuer) };
    const earlier = lastByNoun.get(noun);
    if (!issuer && (p.determiner === 'definite' || p.determiner === 'demonstrative') && earlier && p.sentence - earlier.document.sentence <= REPEAT_WINDOW) {
      issued = { document: p, issuer: earlier.issuer, entity: earlier.entity };
    }
    out.set(p, issued);
    if (issued.issuer) lastByNoun.set(noun, issued);
  }
  return out;
}

/** "a statement from the White House", "the bio of the account", "a letter signed by Smith". */
function after(tokens: readonly DocToken[], byOuter: ReadonlyMap<number, Phrase>, p: Phrase): Phrase | null {
  let k = p.last + 1;
  if (tokens[k]?.pos === 'VERB' && /ed$/.test(tokens[k]!.normal) && tokens[k + 1]?.normal === 'by') k++;
  if (!/^(from|by|of)$/.test(tokens[k]?.normal ?? '')) return null;
  const q = byOuter.get(k + 1);
  return q && q.sentence === p.sentence && q.kind !== 'relative' && !isDocument(tokens, q) ? q : null;
}

/** "Romney released a statement", "the company has filed a complaint": the subject of the verb that issued the document. */
function verbSubject(tokens: readonly DocToken[], phrases: readonly Phrase[], p: Phrase, role: (p: Phrase) => GrammaticalRole): Phrase | null {
  let v = p.outer - 1;
  if (tokens[v]?.pos === 'ADP' && tokens[v]!.normal === 'out') v--;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || !ISSUE_VERBS.has(verb.lemma)) return null;
  for (let i = p.index - 1; i >= 0; i--) {
    const q = phrases[i]!;
    if (q.sentence !== p.sentence) break;
    if (q.last < v && !q.nested && role(q) === 'subject') return q;
  }
  return null;
}
