/**
 * Types a candidate name from what it is made of (head words, compromise's tags), then from the
 * words around it (a role before it, a preposition, a speech verb after it). The answer says how
 * sure it is: a 'weak' type may be overruled by the same name typed surely elsewhere.
 */
import { lexiconTags, type Term } from '../document/compromise-adapter.js';
import type { EntityType } from '../types.js';
import { isAllCaps, isWord } from './casing.js';
import { NAME_LEXICON } from './runs.js';
import { isDemonym, type Candidate } from './shape.js';
import { ORG_HEAD, ORG_PREFIX, PERSON_ROLE, PLACE_HEAD, PLACE_NOUN, PLACE_PREPOSITION } from './name-words.js';

/** Country abbreviations compromise tags as organisations: in news they name the country. */
const COUNTRY_ABBREVIATION = /^(U\.?S\.?A?\.?|U\.?K\.?)$/;

export type NameType = Extract<EntityType, 'person' | 'organization' | 'place'>;

export interface Typed {
  type: NameType;
  strength: 'strong' | 'weak';
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const ORG_TAGS = ['Organization', 'Company', 'SportsTeam'];

export function typeName(terms: Term[], c: Candidate, headline: boolean): Typed | null {
  const first = terms[c.first]!;
  const last = terms[c.last]!;
  const single = isSingleWord(terms, c);
  if (single && (isDemonym(first) || GROUP_ADJECTIVE.test(first.normal) || isCommonPlural(first))) return null;
  if (!single && (ORG_HEAD.has(last.normal) || innerHead(terms, c) || ORG_PREFIX.has(first.normal))) return strong('organization');
  if (PLACE_HEAD.has(last.normal) && !single) return strong('place');
  if (c.titled) return strong('person');
  if (isDateline(terms, c)) return strong('place');
  const votes = tagVotes(terms, c, headline);
  if (votes) return votes;
  if (single && isAllCaps(first.text) && !headline) {
    if (COUNTRY_ABBREVIATION.test(first.text)) return strong('place');
    // "CEO", "TV", "GDP": capitals compromise's lexicon knows as common words are no organisation.
    const lex = lexiconTags(first.normal);
    if (lex.length > 0 && !lex.some((tag) => NAME_LEXICON.test(tag))) return null;
    return strong('organization');
  }
  return context(terms, c) ?? fallback(terms, c);
}

/** Words joined by hyphens or initials' periods are one word: "Bre-X", "Jean-Luc". */
function isSingleWord(terms: Term[], c: Candidate): boolean {
  for (let i = c.first; i < c.last; i++) if (terms[i]!.post !== '-') return false;
  return true;
}

/** Religions, parties' adjectives and the like: MISC in news annotation, never a name alone. */
const GROUP_ADJECTIVE = /^(hindus?|jewish|jews?|moslems?|muslims?|christians?|catholics?|protestants?|islamic|sunnis?|shi'?ites?|buddhists?|conservatives?|liberals?|socialists?|communists?|republicans?|democrats?|democratic|western|eastern|northern|southern|latin|european|african|asian)$/;

/** A lone plural common noun in capitals is a heading ("Summaries", "Standings"), not a name. */
function isCommonPlural(t: Term): boolean {
  return t.tags.has('Plural') && !['Person', 'Place', 'Organization'].some((x) => t.tags.has(x));
}

/** "Institute of Policy Studies": the head stands before "of". */
function innerHead(terms: Term[], c: Candidate): boolean {
  for (let i = c.first; i < c.last; i++) if (/^(of|for|and)$/.test(terms[i + 1]!.normal) && ORG_HEAD.has(terms[i]!.normal)) return true;
  return false;
}

/** A wire dateline: a place in capitals before the date or ", Country date" ("TIGNES , France 1996-12-06"). */
function isDateline(terms: Term[], c: Candidate): boolean {
  if (!isAllCaps(terms[c.first]!.text)) return false;
  for (let i = c.last + 1; i <= c.last + 4 && i < terms.length; i++) {
    if (/^\d{4}-\d\d-\d\d$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(terms[i]!.text)) return true;
  }
  return false;
}

/** compromise's tags: a first name in front makes a person; otherwise the type most terms carry. */
function tagVotes(terms: Term[], c: Candidate, headline: boolean): Typed | null {
  if (terms[c.first]!.tags.has('FirstName') && c.last > c.first) return strong('person');
  const score = { person: 0, organization: 0, place: 0 };
  for (let i = c.first; i <= c.last; i++) {
    const t = terms[i]!;
    // In a headline compromise calls any all-caps word an organisation: trust only its lexicon there.
    // Elsewhere the lexicon adds what compromise's tagging in context may drop ("Brazil President": Actor).
    const tags = headline ? new Set(lexiconTags(t.normal)) : new Set([...t.tags, ...lexiconTags(t.normal)]);
    if (PERSON_TAGS.some((x) => tags.has(x))) score.person++;
    if (PLACE_TAGS.some((x) => tags.has(x))) score.place++;
    if (ORG_TAGS.some((x) => tags.has(x)) && !(isAllCaps(t.text) && tags.has('Acronym') && headline)) score.organization++;
  }
  const best = (Object.keys(score) as NameType[]).sort((a, b) => score[b] - score[a])[0]!;
  if (score[best] === 0) return null;
  // "Munich Re", "Air Canada", "Manitoba Pork": a place's name inside a longer name that ends in no place word.
  const lastTags = new Set([...terms[c.last]!.tags, ...lexiconTags(terms[c.last]!.normal)]);
  if (best === 'place' && c.last > c.first && !headline && !PLACE_TAGS.some((x) => lastTags.has(x))) return weak('organization');
  return strong(best);
}

/** The words around a name: a role before it, a preposition, a speech verb or a table row after. */
function context(terms: Term[], c: Candidate): Typed | null {
  const before = terms[c.first - 1];
  const after = terms[c.last + 1];
  if (before && PERSON_ROLE.test(before.normal)) return weak('person');
  if (before?.normal === 'of' && PLACE_NOUN.test(terms[c.first - 2]?.normal ?? '')) return strong('place');
  if (after && /^\d{4}-\d\d-\d\d$/.test(after.text) && isAllCaps(terms[c.first]!.text)) return strong('place');
  if (numbersAfter(terms, c.last) >= 4) return weak('organization');
  // "Parma v Atalanta": sides of a match are teams.
  if (/^(v|vs)$/.test(after?.normal.replace(/\.$/, '') ?? '') || /^(v|vs)$/.test(before?.normal.replace(/\.$/, '') ?? '')) return weak('organization');
  if (after?.normal === 'who' || /^,/.test(terms[c.last]!.post) && terms[c.last + 1]?.normal === 'who') return weak('person');
  if (before && PLACE_PREPOSITION.test(before.normal)) return weak('place');
  return null;
}

/** How many plain integers follow: a row of a results table ("Falkirk 17 9 2 6 18 15 29"). */
function numbersAfter(terms: Term[], last: number): number {
  let n = 0;
  for (let i = last + 1; i < terms.length && /^\d+$/.test(terms[i]!.text) && terms[i - 1]!.post.trim() === ''; i++) n++;
  return n;
}

/**
 * No evidence either way. News introduces a person with a full name, so two or more unknown words
 * read as a person ("Zahoor Elahi"); a lone unknown word is more often a company, team or agency
 * ("Barrick", "Zywiec"); common words around an unknown one make a company's name ("Apple
 * Computer"); common words alone ("World Cup") are no name we can type.
 */
function fallback(terms: Term[], c: Candidate): Typed | null {
  let unknown = 0;
  let words = 0;
  for (let i = c.first; i <= c.last; i++) {
    const t = terms[i]!;
    if (!isWord(t) || terms[i - 1]?.post === '-') continue;
    words++;
    const lex = lexiconTags(t.normal);
    if (lex.length === 0 || lex.some((tag) => NAME_LEXICON.test(tag))) unknown++;
  }
  // A model number or a word in capitals makes a product ("Airbus A400M", "Mac OS X"), not a person.
  if (words > 1 && unknown === words) return productLike(terms, c) ? null : weak('person');
  if (words === 1 && unknown === 1) return weak('organization');
  if (unknown > 0) return weak('organization');
  return null;
}

function productLike(terms: Term[], c: Candidate): boolean {
  for (let i = c.first; i <= c.last; i++) {
    const w = terms[i]!.text;
    if (/\d/.test(w) || (isAllCaps(w) && !/^(\p{Lu}\.?)$/u.test(w))) return true;
  }
  return false;
}

function strong(type: NameType): Typed {
  return { type, strength: 'strong' };
}

function weak(type: NameType): Typed {
  return { type, strength: 'weak' };
}
