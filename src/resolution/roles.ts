/**
 * What the text says an entity is, kept so that a later description finds it by role: a title or a
 * noun before the name ("Judge Maria Alvarez", "Texas Gov. Greg Abbott", "the social network
 * Twitter"), an apposition ("Anthony Romero, the ACLU's executive director,"; "the company's
 * founder, Jane Doe,") and a predicate nominative ("Smith is the governor of Texas"). The words
 * around the role noun ("Texas", "executive") and the entity it is a role at ("for the ACLU") come
 * along, so "the Texas governor" finds the governor of Texas and not any governor.
 */
import type { DocToken } from '../document/analyse.js';
import type { Entity } from '../types.js';
import { premodifiers, type Phrase } from './phrases.js';
import { inFrontedAdjunct, type GrammaticalRole } from './syntax.js';
import { GENDERED_NOUNS, GENDERED_TITLES, PERSON_ROLE_NOUNS, TITLE_ROLES, type Gender } from './words.js';
import { descriptionClass } from './classes.js';
import { lexiconTags } from '../document/compromise-adapter.js';

export interface Role {
  /** The role noun, lower case and singular: "governor", "spokeswoman", "network". */
  noun: string;
  /** Other words of the role, lower case: "texas", "executive", "aclu". */
  words: Set<string>;
  /** The entity the role is held at: the ACLU for "a spokeswoman for the ACLU". */
  at: Entity | null;
  /** Offset where the text gives the role. */
  given: number;
}

/** A description that the text says in so many words is a named entity: an apposition or predicate nominative. */
export interface Equation {
  description: Phrase;
  name: Phrase;
  how: 'apposition' | 'predicate-nominative';
}

/** A role-bearing word: a role noun, an abbreviated title, or a class noun ("network", "company"). */
export function roleNoun(t: DocToken): string | null {
  const w = t.normal.replace(/\.$/, '');
  const title = TITLE_ROLES.get(w);
  if (title) return title;
  const lemma = t.pos === 'NOUN' || t.pos === 'PROPN' ? t.lemma.toLowerCase() : w;
  if (PERSON_ROLE_NOUNS.has(lemma) || descriptionClass(lemma) !== null) return lemma;
  return null;
}

/** Roles, gender and equations found in one document. */
export interface RoleFacts {
  roles: Map<Entity, Role[]>;
  genders: Map<Entity, Gender>;
  equations: Map<Phrase, Equation>;
}

/** Phrases after a description looked at for the object of its "of"/"for". */
const NEAR_PHRASES = 12;

/** A common phrase's role: its head noun with the words before it and the entity it owns or follows "of"/"for". */
function roleOfPhrase(tokens: readonly DocToken[], phrases: readonly Phrase[], q: Phrase, end: number): Role | null {
  const noun = roleNoun(tokens[q.head]!);
  if (!noun) return null;
  const words = new Set<string>();
  for (let i = q.outer; i < q.head; i++) words.add(tokens[i]!.normal.replace(/\.$/, ''));
  let at = q.owner?.entity ?? null;
  // "a spokeswoman for the ACLU", "the governor of Texas"
  const prep = tokens[q.last + 1];
  if (prep && /^(of|for|at|with|to|from|in)$/.test(prep.normal) && q.last + 2 < end) {
    // Phrases are in text order: the object is among the few after q, never further.
    const near = phrases.slice(q.index + 1, q.index + 1 + NEAR_PHRASES);
    const object = near.find((p) => p.outer === q.last + 2 && !p.nested) ?? near.find((p) => p.first === q.last + 2 || (p.first > q.last + 1 && p.first <= q.last + 3 && p.kind === 'name'));
    if (object) {
      for (let i = object.outer; i <= object.last; i++) words.add(tokens[i]!.normal.replace(/\.$/, ''));
      at ??= object.entity;
    }
  }
  return { noun, words, at, given: tokens[q.head]!.start };
}

export function findRoles(tokens: readonly DocToken[], phrases: readonly Phrase[], roleOf: (p: Phrase) => GrammaticalRole, sentenceEnd: (p: Phrase) => number): RoleFacts {
  const roles = new Map<Entity, Role[]>();
  const genders = new Map<Entity, Gender>();
  const equations = new Map<Phrase, Equation>();
  const add = (e: Entity, r: Role) => {
    const list = roles.get(e) ?? [];
    list.push(r);
    roles.set(e, list);
    const g = GENDERED_NOUNS.get(r.noun);
    if (g && !genders.has(e)) genders.set(e, g);
  };
  const byFirst = new Map<number, Phrase>();
  for (const p of phrases) if (!p.nested || p.kind === 'common') byFirst.set(p.outer, p);

  for (const p of phrases) {
    if (p.kind === 'name' && p.entity && !p.nested) {
      titles(tokens, p, add, genders);
      // "Anthony Romero, the ACLU's executive director,": a name, a comma, a description. A short
      // bracket may stand between: "John Nixon (1815 - 1899), English mining engineer, ...".
      const comma = afterBracket(tokens, p.last + 1, sentenceEnd(p));
      const q = tokens[comma]?.normal === ',' ? byFirst.get(comma + 1) : undefined;
      if (q && q.kind === 'common' && tokens[q.head]!.pos === 'NOUN' && !adjectiveOnly(tokens[q.head]!) && q.sentence === p.sentence && closesApposition(tokens, q, sentenceEnd(p))) {
        const r = roleOfPhrase(tokens, phrases, q, sentenceEnd(p));
        // A bare apposition needs a role noun: "X, executive director of Y," but not "X, faithful to its policy,".
        if ((r || q.determiner !== 'none') && (!r || isPersonRole(r) === (p.entity.type === 'person') || p.entity.type !== 'person')) {
          if (r) add(p.entity, r);
          equations.set(q, { description: q, name: p, how: 'apposition' });
        }
      }
      // "Smith is the governor of Texas", "Smith became a lawyer".
      const verb = tokens[p.last + 1];
      if (verb?.pos === 'AUX' && verb.lemma === 'be' || verb?.lemma === 'become') {
        const pred = byFirst.get(p.last + 2);
        if (pred && pred.kind === 'common' && pred.determiner !== 'possessive' && roleOf(p) === 'subject' && pred.sentence === p.sentence && tokens[pred.last + 1]?.normal !== 'who') {
          const r = roleOfPhrase(tokens, phrases, pred, sentenceEnd(p));
          if (r) {
            add(p.entity, r);
            equations.set(pred, { description: pred, name: p, how: 'predicate-nominative' });
          }
        }
      }
    }
    // "the company's founder, Jane Doe, said": a description, a comma, a name, then a comma or a verb.
    // Not a description inside an opening phrase: "For the following reasons, Twitter ...", "After
    // completing his clerkship, Dzurilla joined ...".
    if (p.kind === 'common' && !p.nested && p.determiner !== 'indefinite' && tokens[p.last + 1]?.normal === ',' && !inPrepositionalPhrase(tokens, p) && !inFrontedAdjunct(tokens, p.outer, sentenceStart(tokens, p.outer))) {
      const name = byFirst.get(p.last + 2);
      const after = name ? tokens[name.last + 1] : undefined;
      if (name && name.kind === 'name' && name.entity && name.first === name.outer && name.sentence === p.sentence && tokens[p.head]!.pos === 'NOUN' && (after?.normal === ',' || after?.pos === 'VERB' || after?.pos === 'AUX' || after?.pos === 'PUNCT')) {
        const r = roleOfPhrase(tokens, phrases, p, sentenceEnd(p));
        if (!r || isPersonRole(r) === (name.entity.type === 'person')) {
          if (r) add(name.entity, r);
          equations.set(p, { description: p, name, how: 'apposition' });
        }
      }
    }
  }
  return { roles, genders, equations };
}

const isPersonRole = (r: Role) => PERSON_ROLE_NOUNS.has(r.noun);

/** A word the tagger called a noun that compromise's lexicon knows only as an adjective: "faithful", "eager". */
function adjectiveOnly(t: DocToken): boolean {
  const tags = lexiconTags(t.normal);
  return tags.includes('Adjective') && !tags.some((x) => x === 'Noun' || x === 'Singular' || x === 'Plural');
}

/** A phrase after a preposition, or after a coordination that follows one: "For this and the following reasons". */
function inPrepositionalPhrase(tokens: readonly DocToken[], p: Phrase): boolean {
  for (let i = p.outer - 1; i >= Math.max(0, p.outer - 6); i--) {
    const t = tokens[i]!;
    if (t.pos === 'ADP') return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** The first token of the sentence that holds token k. */
function sentenceStart(tokens: readonly DocToken[], k: number): number {
  const s = tokens[k]!.sentence;
  while (k > 0 && tokens[k - 1]!.sentence === s) k--;
  return k;
}

/** The token after a short bracket at k ("(1815 - 1899)", "(R-Fla.)"), or k when there is none. */
function afterBracket(tokens: readonly DocToken[], k: number, end: number): number {
  if (tokens[k]?.normal !== '(') return k;
  for (let i = k + 1; i < Math.min(end, k + 16); i++) if (tokens[i]!.normal === ')') return i + 1;
  return k;
}

/** The roles in the words before a name: "Judge", "Texas Gov.", "Twitter spokesman", "Mr.". */
function titles(tokens: readonly DocToken[], p: Phrase, add: (e: Entity, r: Role) => void, genders: Map<Entity, Gender>): void {
  const range = premodifiers(p);
  if (!range || !p.entity) return;
  const words = new Set<string>();
  for (let i = range[0]; i <= range[1]; i++) {
    const w = tokens[i]!.normal.replace(/\.$/, '');
    const g = GENDERED_TITLES.get(w);
    if (g && !genders.has(p.entity)) genders.set(p.entity, g);
    const noun = roleNoun(tokens[i]!);
    // A person's title gives a person's role: "judge" in "U.S. District Judge", not the place noun "district".
    if (noun && (p.entity.type !== 'person' || TITLE_ROLES.has(w) || PERSON_ROLE_NOUNS.has(noun))) add(p.entity, { noun, words: new Set(words), at: null, given: tokens[i]!.start });
    words.add(w);
  }
}

/** An apposition ends at a comma, the sentence's end, or a closing mark: "X, the governor, said". */
function closesApposition(tokens: readonly DocToken[], q: Phrase, end: number): boolean {
  let k = q.last + 1;
  // "a spokeswoman for the ACLU," / "the governor of Texas," / "a senator from Ohio,"
  if (/^(of|for|at|with|to|from|in)$/.test(tokens[k]?.normal ?? '')) {
    while (k < end && tokens[k]!.normal !== ',' && tokens[k]!.pos !== 'VERB' && k <= q.last + 8) k++;
  }
  return k >= end || tokens[k]!.normal === ',' || tokens[k]!.pos === 'PUNCT';
}
