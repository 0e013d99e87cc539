/**
 * The resolution stage: after entities are merged and before anything asks who spoke, every
 * pronoun and definite description is resolved once, to an entity or to none, by the sieves in
 * sieves/index.ts. A resolved phrase becomes a mention of its entity (with the rule that decided
 * it), so claims link to the entities their words refer to; every phrase read, resolved or not, is
 * a Reference that attribution, reported speech and legal actions look up (lookup.ts).
 */
import type { AnalysedDocument } from '../document/analyse.js';
import { firstAtOrAfter } from '../document/search.js';
import type { Items, Refiner } from '../pipeline.js';
import type { Entity, Mention } from '../types.js';
import { joinEntities, numberInOrder } from './joins.js';
import { descriptionClass, fitsClass, type DescriptionClass } from './classes.js';
import { findIssuers, isDocument } from './documents.js';
import { entityFeatures, firstNameGender, isPersonNameWord, type Features } from './features.js';
import { readPhrases, type Phrase } from './phrases.js';
import { Prominence, type IndexedMention } from './prominence.js';
import type { Reference } from './reference.js';
import { findRoles, type Role } from './roles.js';
import { Discourse, type MentionAt, type Referent } from './salience.js';
import { BareNames, isBareName } from './bare-names.js';
import type { Decision, ResolutionContext } from './sieve.js';
import { SIEVES } from './sieves/index.js';
import { shippedRanker, type PronounRanker } from './pronoun-ranker.js';
import { titleWords } from './title.js';
import { nameHead } from './sieves/head-match.js';
import { clauses, ownsSubject, roleOf, type GrammaticalRole } from './syntax.js';
import { GENDERED_NOUNS, PERSON_ROLE_NOUNS, SEX_ADJECTIVES, type Gender } from './words.js';

/**
 * The resolution stage with a given ranker for "he" and "she" (the trainer's way in,
 * scripts/train/coref.ts), or with null the shipped one that fits the document (pronoun-ranker.ts).
 */
export function referenceResolver(ranker: PronounRanker | null): Refiner {
  return {
    name: 'resolve-references',
    refine(doc, items) {
      return resolve(doc, items, ranker);
    },
  };
}

export const resolveReferences: Refiner = referenceResolver(null);

/** Nouns that stand for people in the plural though their form does not show it. */
const PLURAL_NOUNS = new Set(['people', 'police', 'staff', 'personnel', 'crowd', 'audience', 'public', 'media', 'press', 'family', 'couple']);

function resolve(doc: AnalysedDocument, items: Items, given: PronounRanker | null): Items {
  const tokens = doc.tokens;
  const entities = joinEntities(items.entities, doc.norm);
  const phrases = readPhrases(doc, entities);
  const { of: clause, infinitive } = clauses(doc);
  // Each phrase's role, by its index: read once, asked for many times.
  const roles: Array<GrammaticalRole | undefined> = new Array(phrases.length);
  const role = (p: Phrase): GrammaticalRole => {
    let r = roles[p.index];
    if (r === undefined) {
      const range = doc.sentenceTokens[p.sentence]!;
      r = roleOf(tokens, p, range.first, range.end);
      roles[p.index] = r;
    }
    return r;
  };
  const facts = findRoles(tokens, phrases, role, (p) => doc.sentenceTokens[p.sentence]!.end);
  const learned = new Map<Entity, Gender>();
  const featureCache = new Map<Entity, Features>();
  const features = (e: Entity): Features => {
    let f = featureCache.get(e);
    if (!f) {
      f = entityFeatures(e);
      const told = facts.genders.get(e);
      if (told) f = { ...f, gender: told, animacy: f.animacy ?? 'person' };
      featureCache.set(e, f);
    }
    const heard = learned.get(e);
    return heard && !f.gender ? { ...f, gender: heard } : f;
  };
  const prominent = prominenceByClass(entities);
  const only = onlyOfClass(entities);
  const quoteAt = spanAt(items.quotes);
  const discourse = new Discourse(narrationClock(doc, (at) => quoteAt(at) !== null));
  const decided = new Map<Phrase, Decision>();
  const asked = new Set<Phrase>();
  const bare = new BareNames(doc);
  const title = titleWords(doc.title);
  const ctx: ResolutionContext = {
    doc, phrases, roles: rolesByNoun(facts.roles), heads: entitiesByHead(entities), equations: facts.equations, discourse, clause, infinitive, decided, ranker: given ?? shippedRanker(title.size > 0), titleWords: title,
    features, role, quoted: (at) => quoteAt(at) !== null, firstPerson: (at) => {
      const q = quoteAt(at);
      return q !== null && FIRST_PERSON.test(doc.norm.slice(q.start, q.end));
    },
    prominent: (c, before) => prominent.get(c)?.best(before) ?? null, onlyOfClass: (c) => only.get(c) ?? null,
  };

  // A dateline's place ("SACRAMENTO, Calif. (AP) -") says where the story was filed: no pronoun
  // after it stands for that place, so it gives no salience.
  for (const p of phrases) {
    const at: MentionAt = { head: p.head, sentence: p.sentence, clause: clause[p.head]!, role: salientRole(p, phrases, role), start: p.start, end: p.end };
    if (p.kind === 'name') {
      if (p.entity && p.start >= doc.datelineEnds[p.sentence]!) discourse.mention(p.entity, () => features(p.entity!), at);
      continue;
    }
    const refers = mayRefer(tokens, p, ctx);
    if (refers) asked.add(p);
    const d = refers ? decide(p, ctx) : null;
    if (d) decided.set(p, d);
    if (d?.entity) {
      // A relative pronoun stands in its own clause: it adds nothing to its antecedent's salience.
      const r = discourse.mention(d.entity, () => features(d.entity!), p.kind === 'relative' ? { ...at, role: 'other' } : at);
      const g = p.pronoun?.gender;
      if (g && !learned.has(d.entity)) {
        learned.set(d.entity, g);
        r.features = features(d.entity);
      }
    } else if (d?.referent) discourse.again(d.referent, at);
    else if (isBareName(doc, p)) {
      // A name the tagger missed: its every mention is one referent, as a name's are.
      const r = bare.referent(p);
      if (r) discourse.again(r, at);
      bare.add(p, r ?? discourse.mention(null, () => phraseFeatures(doc, p), at));
    }
    // An unnamed phrase competes for later pronouns, and so does an unresolved "they" ("they ... they").
    // An unresolved "he" does not: the person it stands for may be named later. Nor does a predicate
    // ("he was manager"), nor an apposition to a name ("Sarah Armantrout, a longtime friend"): each says
    // what someone named is, and is no one new.
    else if ((p.kind === 'common' && at.role !== 'predicate' && !appositive(tokens, phrases, p) && !bareRole(doc, p)) || (p.kind === 'pronoun' && p.pronoun?.animacy === null)) discourse.mention(null, () => phraseFeatures(doc, p), at);
  }

  const named = promoteBareNames(bare, decided);
  const issued = findIssuers(tokens, phrases, decided, role);
  const all = withMentions(doc, named.length ? [...entities, ...named] : entities, phrases, decided, facts.roles);
  const refs = references(phrases, decided, asked, issued);
  return named.length ? { ...items, ...renumbered(all, refs) } : { ...items, entities: all, references: refs };
}

/**
 * A singular noun for a person with no determiner ("manager", "gallery owner", "fellow journalist"):
 * a title, a predicate or a role, not a phrase that brings someone into the text. (A mass noun is
 * no person's: "it" may stand for "legislation".)
 */
function bareRole(doc: AnalysedDocument, p: Phrase): boolean {
  const head = doc.tokens[p.head]!;
  if (p.determiner !== 'none' || p.owner || head.pos !== 'NOUN' || head.normal !== head.lemma.toLowerCase() || PLURAL_NOUNS.has(head.normal)) return false;
  return phraseFeatures(doc, p).animacy === 'person';
}

/** An unnamed phrase right after a name and its comma: "Sarah Armantrout, a longtime friend". */
function appositive(tokens: AnalysedDocument['tokens'], phrases: readonly Phrase[], p: Phrase): boolean {
  const prev = phrases[p.index - 1];
  return prev !== undefined && prev.kind === 'name' && prev.sentence === p.sentence && tokens[p.outer - 1]?.normal === ',' && prev.last === p.outer - 2;
}

/**
 * The role a mention counts with for salience: its own, except that the owner of a subject counts
 * as a subject ("Smith's career began in 1990. He ..."): the subject is about its owner.
 */
function salientRole(p: Phrase, phrases: readonly Phrase[], role: (p: Phrase) => GrammaticalRole): GrammaticalRole {
  const own = role(p);
  return own === 'possessive' && ownsSubject(p, phrases, role) ? 'subject' : own;
}

/**
 * The bare names a pronoun of a sex resolved to ("Dolly ... she") become person entities, and every
 * decision for their referents names them. Returns the new entities.
 */
function promoteBareNames(bare: BareNames, decided: Map<Phrase, Decision>): Entity[] {
  const made = new Map<Referent, Entity>();
  for (const [p, d] of decided) {
    if (d.entity || !d.referent || !p.pronoun?.gender || !bare.has(d.referent) || made.has(d.referent)) continue;
    // A provisional id, unlike any merged entity's, until all are numbered again.
    made.set(d.referent, bare.entity(d.referent, `missed${made.size}`));
  }
  if (made.size === 0) return [];
  for (const [p, d] of decided) {
    const e = d.referent ? made.get(d.referent) : undefined;
    if (e) decided.set(p, { ...d, entity: e });
  }
  return [...made.values()];
}

/** Entities numbered again in order of first mention (as merging numbered them), and references with the new ids. */
function renumbered(entities: Entity[], refs: Reference[]): { entities: Entity[]; references: Reference[] } {
  const ids = new Map<string, string>();
  const out = numberInOrder(entities, (from, to) => ids.set(from, to));
  return { entities: out, references: refs.map((r) => (r.entity === null ? r : { ...r, entity: ids.get(r.entity) ?? r.entity })) };
}

/** First-person words: a quote with one of them is its speaker's own voice. */
const FIRST_PERSON = /\b(?:I|we|me|us|my|our)\b/;

/** The span an offset lies inside, among spans that do not overlap, or null. */
function spanAt<T extends { start: number; end: number }>(spans: readonly T[]): (at: number) => T | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (at) => {
    const s = sorted[firstAtOrAfter(sorted, at + 1) - 1];
    return s !== undefined && s.start <= at && at < s.end ? s : null;
  };
}

/** A pronoun, a relative pronoun, or a description that may point back: definite, demonstrative, owned, or equated with a name. */
function mayRefer(tokens: AnalysedDocument['tokens'], p: Phrase, ctx: ResolutionContext): boolean {
  if (p.kind === 'pronoun' || p.kind === 'relative') return true;
  if (ctx.equations.has(p)) return true;
  if (p.determiner === 'indefinite' || p.determiner === 'none' || isDocument(tokens, p)) return false;
  const head = tokens[p.head]!;
  return head.pos === 'NOUN' && descriptionClass(head.lemma.toLowerCase()) !== null;
}

function decide(p: Phrase, ctx: ResolutionContext): Decision | null {
  for (const sieve of SIEVES) {
    const d = sieve.resolve(p, ctx);
    if (d) return d;
  }
  return null;
}

/** Features of an unnamed phrase, from its head: "officials" are people in the plural, "the plan" a thing. */
function phraseFeatures(doc: AnalysedDocument, p: Phrase): Features {
  if (p.pronoun) return { gender: p.pronoun.gender, number: p.pronoun.number, animacy: p.pronoun.animacy };
  const head = doc.tokens[p.head]!;
  const lemma = head.lemma.toLowerCase();
  const plural = PLURAL_NOUNS.has(lemma) || (head.pos === 'NOUN' && head.normal !== lemma && /s$/.test(head.normal)) || (head.pos === 'PROPN' && /[^su]s$/.test(head.normal));
  if (head.pos === 'PROPN') {
    // A capitalised phrase the tagger named nothing: perhaps a person ("Rose" the tagger missed).
    const first = doc.tokens[p.first]!.normal;
    const gender = firstNameGender(first);
    return { gender, number: plural ? 'plural' : 'singular', animacy: gender || isPersonNameWord(first) ? 'person' : 'thing' };
  }
  // "a male heir", "the female lead": the adjective tells the sex.
  let sex = GENDERED_NOUNS.get(lemma) ?? null;
  for (let i = p.outer; i < p.head && !sex; i++) sex = SEX_ADJECTIVES.get(doc.tokens[i]!.normal) ?? null;
  const person = PERSON_ROLE_NOUNS.has(lemma) || GENDERED_NOUNS.has(lemma) || PLURAL_NOUNS.has(lemma) || sex !== null;
  return { gender: sex, number: plural ? 'plural' : 'singular', animacy: person ? 'person' : 'thing' };
}

const CLASSES: readonly DescriptionClass[] = ['organization', 'government', 'place', 'court', 'handle', 'law'];

/** One prominence sweep per kind, over every name and acronym mention, built when a description of that kind first asks. */
function prominenceByClass(entities: readonly Entity[]): { get(c: DescriptionClass): Prominence | undefined } {
  let all: IndexedMention[] | null = null;
  const built = new Map<DescriptionClass, Prominence>();
  return {
    get(c) {
      if (!CLASSES.includes(c)) return undefined;
      let p = built.get(c);
      if (!p) {
        all ??= entities
          .flatMap((entity) => entity.mentions.filter((m) => m.form === 'name' || m.form === 'acronym').map((m) => ({ start: m.start, end: m.end, entity })))
          .sort((a, b) => a.start - b.start);
        p = new Prominence(all, (e) => fitsClass(e, c));
        built.set(c, p);
      }
      return p;
    },
  };
}

function onlyOfClass(entities: readonly Entity[]): Map<DescriptionClass, Entity | null> {
  const out = new Map<DescriptionClass, Entity | null>();
  for (const c of CLASSES) {
    const fitting = entities.filter((e) => fitsClass(e, c));
    out.set(c, fitting.length === 1 ? fitting[0]! : null);
  }
  return out;
}

function rolesByNoun(roles: ReadonlyMap<Entity, Role[]>): Map<string, Array<{ entity: Entity; roles: Role[] }>> {
  const out = new Map<string, Array<{ entity: Entity; roles: Role[] }>>();
  const ordered = [...roles].sort((a, b) => Math.min(...a[1].map((r) => r.given)) - Math.min(...b[1].map((r) => r.given)));
  for (const [entity, list] of ordered) {
    for (const noun of new Set(list.map((r) => r.noun))) {
      const holders = out.get(noun) ?? [];
      holders.push({ entity, roles: list.filter((r) => r.noun === noun) });
      out.set(noun, holders);
    }
  }
  return out;
}

function entitiesByHead(entities: readonly Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type === 'person') continue;
    const head = nameHead(e.name);
    if (!head || descriptionClass(head) === null) continue;
    out.set(head, [...(out.get(head) ?? []), e]);
  }
  return out;
}

/** The entities with their resolved pronouns and descriptions as mentions, and their roles. */
function withMentions(doc: AnalysedDocument, entities: readonly Entity[], phrases: readonly Phrase[], decided: ReadonlyMap<Phrase, Decision>, roles: ReadonlyMap<Entity, Role[]>): Entity[] {
  const added = new Map<Entity, Mention[]>();
  const names = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  for (const p of phrases) {
    const d = decided.get(p);
    if (!d?.entity || p.kind === 'relative' || p.kind === 'name') continue;
    // A description that cuts across a name is no mention: mentions nest or stay apart. Nor is one
    // over a mention the entity has already ("The high court" over the court's "high court").
    if (crossesName(names, p) || d.entity.mentions.some((m) => m.start < p.end && p.start < m.end)) continue;
    const list = added.get(d.entity) ?? [];
    list.push({ kind: 'mention', entity: d.entity.id, form: p.kind === 'pronoun' ? 'pronoun' : 'description', start: p.start, end: p.end, text: doc.text.slice(p.start, p.end), rule: d.rule });
    added.set(d.entity, list);
  }
  return entities.map((e) => {
    const extra = added.get(e);
    const nouns = [...new Set((roles.get(e) ?? []).map((r) => r.noun))];
    if (!extra && nouns.length === 0) return e;
    const out: Entity = extra ? { ...e, mentions: [...e.mentions, ...extra].sort((a, b) => a.start - b.start || b.end - a.end) } : { ...e };
    if (nouns.length) out.roleNouns = nouns;
    return out;
  });
}

/** Whether a name starts before the phrase and ends inside it, or starts inside and ends after it. */
function crossesName(names: readonly Mention[], p: Phrase): boolean {
  const i = firstAtOrAfter(names, p.start);
  const before = names[i - 1];
  if (before && before.end > p.start && before.end < p.end) return true;
  for (let k = i; k < names.length && names[k]!.start < p.end; k++) if (names[k]!.start > p.start && names[k]!.end > p.end) return true;
  return false;
}

function references(phrases: readonly Phrase[], decided: ReadonlyMap<Phrase, Decision>, asked: ReadonlySet<Phrase>, issued: ReturnType<typeof findIssuers>): Reference[] {
  const out: Reference[] = [];
  for (const p of phrases) {
    const document = issued.get(p);
    if (document) {
      const issuer = document.issuer ? { start: document.issuer.start, end: document.issuer.end } : null;
      out.push({ start: p.start, end: p.end, form: 'document', entity: document.entity?.id ?? null, rule: document.issuer ? 'issuer' : null, issuer });
      continue;
    }
    if (p.kind === 'name') continue;
    const d = decided.get(p);
    // A description no sieve resolved is kept when it points back ("the senator" named nowhere).
    if (p.kind === 'common' && !d && !asked.has(p)) continue;
    const form = p.kind === 'pronoun' ? 'pronoun' : p.kind === 'relative' ? 'relative' : 'description';
    out.push({ start: p.start, end: p.end, form, entity: d?.entity?.id ?? null, rule: d?.rule ?? null, issuer: null });
  }
  return out;
}

/**
 * Each sentence's place in the narration: the count of sentences before it that are not wholly
 * inside a quotation. What a speaker says does not move the story on, so a pronoun after a long
 * quote still reaches the speaker named before it.
 */
function narrationClock(doc: AnalysedDocument, quoted: (at: number) => boolean): (sentence: number) => number {
  const time = new Int32Array(doc.sentences.length + 1);
  doc.sentences.forEach((s, i) => {
    time[i + 1] = time[i]! + (quoted(s.start) && quoted(s.end - 1) ? 0 : 1);
  });
  return (sentence) => time[sentence]!;
}
