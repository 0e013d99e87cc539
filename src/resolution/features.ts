/**
 * Agreement features: what an entity or a phrase can be referred to as. A person's sex comes from
 * a first name compromise's lexicon tags MaleName or FemaleName, from an honorific before a mention
 * ("Mr.", "Ms."), from a noun that tells it ("his wife, Jane", "the spokeswoman"), and, last, from
 * the pronouns already resolved to the entity. Number and animacy come from the entity's type and
 * the head of its name.
 */
import type { Entity } from '../types.js';
import { lexiconTags } from '../document/compromise-adapter.js';
import { GENDERED_TITLES, PERSON_NAME_SUFFIXES, type Animacy, type Gender, type GrammaticalNumber } from './words.js';

export interface Features {
  gender: Gender | null;
  number: GrammaticalNumber;
  /** null: could be a person or a thing (a tagger's organisation that may be a person's name). */
  animacy: Animacy | null;
}

/** The sex compromise's lexicon gives a first name, or null. */
export function firstNameGender(word: string): Gender | null {
  const tags = lexiconTags(word);
  if (tags.includes('MaleName')) return tags.includes('FemaleName') ? null : 'male';
  if (tags.includes('FemaleName')) return 'female';
  return null;
}

/** A word compromise knows as a person's first or last name (or as a person). */
export function isPersonNameWord(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName' || t === 'LastName' || t === 'Person');
}

/** Words that make a name an institution's, whatever it starts with: "Elizabeth Arden Inc.", "Lincoln Center". */
const INSTITUTION_WORDS = /\b(inc|corp|co|ltd|llc|plc|company|group|holdings|university|college|school|hospital|center|centre|foundation|institute|church|bank|party|club|airlines?|hotel|street|avenue|county|city|park|river|island|bridge|hall|house|museum|library|stadium|airport|award|prize)\b\.?/i;

/** Words in the plural that still name one company: "Northwind Holdings", "United Airlines", "Ardent Labs". */
const CORPORATE_PLURALS = /\b(industries|systems|communications|services|technologies|labs|networks|partners|associates|solutions|resources|pharmaceuticals|enterprises|securities|motors|airways|studios|foods|brands|media|news|times|records|productions|pictures)\b/i;

/** Plural proper names of groups: "the Democrats", "the Yankees". */
const PLURAL_NAME = /^(?:the\s+)?(?:[\p{Lu}][\p{L}'-]*\s+)*[\p{Lu}][\p{Ll}'-]*[^su\W]s$/u;

/**
 * Features of an entity from its type and names alone. An organisation or place whose name opens
 * with a first name and holds no institution's word ("Alice", "Frank Lloyd") may be a person the
 * tagger mistyped: its animacy stays open.
 */
export function entityFeatures(e: Entity): Features {
  const names = e.mentions.filter((m) => m.form === 'name').map((m) => m.text);
  if (e.type === 'person') return { gender: nameGender(names), number: 'singular', animacy: 'person' };
  if (e.type === 'handle') return { gender: null, number: 'singular', animacy: null };
  if (e.type === 'organization' || e.type === 'place') {
    // "Pope Pius II", "Princess Emma of Waldeck", "John DeWitt Jr.": a person's name the tagger mistyped.
    const shaped = names.map(personShape).find((x) => x !== undefined);
    if (shaped !== undefined) return { gender: shaped ?? nameGender(names), number: 'singular', animacy: 'person' };
  }
  if ((e.type === 'organization' || e.type === 'place') && names.length && names.every((n) => mayBePerson(n))) {
    // With a first name of one sex it is a person's name the tagger mistyped ("Frances Holland" as a place).
    const gender = nameGender(names);
    return { gender, number: 'singular', animacy: gender && names.some((n) => n.includes(' ')) ? 'person' : null };
  }
  const plural = e.type === 'organization' && names.some((n) => PLURAL_NAME.test(n) && !INSTITUTION_WORDS.test(n) && !CORPORATE_PLURALS.test(n));
  return { gender: null, number: plural ? 'plural' : 'singular', animacy: 'thing' };
}

/**
 * Whether a name has a person's shape whatever the tagger typed it: two to five words, capitalised,
 * opening with a title of a sex ("Princess Emma of Waldeck": that sex) or closing with a regnal
 * number or "Jr." ("Philip II": null, no sex told). undefined when it has neither shape, or holds
 * an institution's word ("Prince Edward Island", "Queen Elizabeth Hospital").
 */
function personShape(name: string): Gender | null | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5 || INSTITUTION_WORDS.test(name) || !/^\p{Lu}/u.test(name)) return undefined;
  const title = GENDERED_TITLES.get(words[0]!.replace(/\.$/, '').toLowerCase());
  if (title) return title;
  if (!PERSON_NAME_SUFFIXES.has(words.at(-1)!.replace(/\.$/, '').toLowerCase())) return undefined;
  // Not when a word before the number is a common word or a thing's name: "World War II", "Super Bowl XII".
  const common = (w: string) => lexiconTags(w.toLowerCase()).some((t) => COMMON_WORD_TAGS.has(t) || THING_TAGS.has(t));
  return words.slice(0, -1).some(common) ? undefined : null;
}

/** compromise's tags for common words: a name made of one is no person's ("World War II"). */
const COMMON_WORD_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Adjective', 'Verb', 'Infinitive']);

/** compromise's tags for the names of things: a name it knows as one of these is no person's. */
const THING_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Company', 'School', 'Demonym', 'Month', 'WeekDay', 'Holiday']);

/** A capital, then letters, apostrophes, periods or hyphens with a small letter among them (two tests: one pattern with both would backtrack). */
function isMixedCaseWord(w: string): boolean {
  return /^\p{Lu}[\p{L}'\u2019.-]*$/u.test(w) && /\p{Ll}/u.test(w.slice(1));
}

/**
 * Whether a name the tagger typed an organisation or place may be a person's: one to three
 * capitalised words, none an institution's word, and compromise knowing none of it as a place or
 * an organisation ("Savignac", "Romney", but not "Twitter", "Texas" or "Acme Corp.").
 */
function mayBePerson(name: string): boolean {
  const words = name.split(/\s+/);
  // Capitalised words with small letters in them ("McCrimmon", "O'Neill"), not acronyms.
  // Nor a firm's: "Greedy Records", "Concert Productions International".
  if (words.length > 3 || INSTITUTION_WORDS.test(name) || CORPORATE_PLURALS.test(name) || !words.every(isMixedCaseWord)) return false;
  if (lexiconTags(name.toLowerCase()).some((t) => THING_TAGS.has(t))) return false;
  // A first name of one sex, then a surname that is also a place or a thing: "Frances Holland".
  if (words.length > 1 && firstNameGender(words[0]!.toLowerCase()) !== null) return true;
  return words.every((w) => !lexiconTags(w.toLowerCase()).some((t) => THING_TAGS.has(t)));
}

/** The sex of the first names among a person's names, when they agree. */
function nameGender(names: string[]): Gender | null {
  let found: Gender | null = null;
  for (const n of names) {
    const words = n.split(/\s+/);
    // A lone word is a first name only when compromise knows it as one ("Maggie"), not as a surname.
    const g = firstNameGender(words[0]!.replace(/\.$/, '').toLowerCase());
    if (!g) continue;
    if (found && found !== g) return null;
    found = g;
  }
  return found;
}

/** Whether a referent with features `f` can be referred to by a pronoun or noun with `want`. */
export function agrees(f: Features, want: { gender: Gender | null; number: GrammaticalNumber | null; animacy: Animacy | null }): boolean {
  if (want.gender && f.gender && want.gender !== f.gender) return false;
  if (want.number && f.number !== want.number) return false;
  if (want.animacy && f.animacy && want.animacy !== f.animacy) return false;
  // "he" and "she" are people: a thing with no sex cannot be one.
  if (want.gender && f.animacy === 'thing') return false;
  return true;
}
