/**
 * Capitalised runs: the candidate names of a document, as sequences of compromise terms. A run is
 * capitalised words joined by nothing but spaces (or a hyphen, or the period of an initial), with
 * name particles ("da", "van") and "&" allowed inside. compromise's own name matchers stop at
 * unknown words, possessives and "of"; runs do not, and compromise's tags then type them.
 */
import { lexiconTags, type Term } from '../document/compromise-adapter.js';
import { isAllCaps, isWord, startsUpper, type Casing } from './casing.js';
import { INNER_ABBREVIATION, NAME_PARTICLE, ORG_HEAD } from './name-words.js';

export interface Run {
  first: number;
  last: number;
}

/** Lexicon tags that mark a word as (part of) a name wherever it stands. */
export const NAME_LEXICON = /^(Country|City|Region|Place|FirstName|MaleName|FemaleName|LastName|Person|Organization|Company|SportsTeam|Demonym|Honorific)$/;
const DETERMINER = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/;
const NOUNISH = /^(Noun|Singular|Plural|Uncountable|ProperNoun)$/;
/** Before another capitalised word, an adjective may open a name too: "Northern Aerospace Group". */
const NOUNISH_OR_ADJECTIVE = /^(Noun|Singular|Plural|Uncountable|ProperNoun|Adjective)$/;
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'QuestionWord', 'Auxiliary', 'Negative'];

export function findRuns(c: Casing): Run[] {
  const runs: Run[] = [];
  const n = c.terms.length;
  const nameWord = new Array<boolean>(n);
  for (let i = 0; i < n; i++) nameWord[i] = isNameWord(c, i);
  let i = 0;
  while (i < n) {
    if (!nameWord[i]) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (j + 1 < n && joins(c.terms, j) && nameWord[j + 1] && !caseBreak(c, j)) j++;
      else if (j + 2 < n && joins(c.terms, j) && isConnector(c.terms[j + 1]!) && joins(c.terms, j + 1) && nameWord[j + 2]) j += 2;
      // "Schalk van der Merwe": two particles.
      else if (j + 3 < n && joins(c.terms, j) && isConnector(c.terms[j + 1]!) && isConnector(c.terms[j + 2]!) && joins(c.terms, j + 1) && joins(c.terms, j + 2) && nameWord[j + 3]) j += 3;
      else break;
    }
    runs.push({ first: i, last: j });
    i = j + 1;
  }
  return runs;
}

/** Nothing but spaces between two terms, or a hyphen, or the period of an initial ("B. Young"). */
export function joins(terms: Term[], i: number): boolean {
  const t = terms[i]!;
  const post = t.post;
  // compromise may keep an opening bracket or quote as the next term's `pre`: "ACLU (American".
  if (terms[i + 1] !== undefined && terms[i + 1]!.pre !== '') return false;
  if (post === '-' || /^ +$/.test(post)) return true;
  const initial = /^\p{Lu}$|^(\p{Lu}\.)+\p{Lu}?$/u.test(t.text) || INNER_ABBREVIATION.test(t.text);
  return initial && /^\. ?$/.test(post) && terms[i + 1] !== undefined && startsUpper(terms[i + 1]!.text);
}

/**
 * A change of casing ends a name: a byline's "Steven Silber" before the dateline "WARSAW", a
 * headline before the story. An acronym after a name stays ("Zywiec SA", "NZ First" keeps too).
 */
function caseBreak(c: Casing, j: number): boolean {
  if (c.headline[j] !== c.headline[j + 1]) return true;
  const a = c.terms[j]!.text;
  const b = c.terms[j + 1]!.text;
  return !isAllCaps(a) && isAllCaps(b) && /\p{Lu}{3}/u.test(b) && !ORG_HEAD.has(b.toLowerCase());
}

/** Months and weekdays are dates, not names: "the 13 March deadline" (compromise tags "March" only Date there). */
function isCalendarWord(t: Term): boolean {
  if (t.tags.has('WeekDay') || t.tags.has('Month')) return true;
  return t.tags.has('Date') && /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/.test(t.normal);
}

function isConnector(t: Term): boolean {
  return NAME_PARTICLE.has(t.text) || t.text === '&';
}

function isNameWord(c: Casing, i: number): boolean {
  const t = c.terms[i]!;
  if (!isWord(t) || isCalendarWord(t) || /[$\u00A3\u20AC\u00A5]/.test(t.text)) return false;
  if (c.headline[i]) return headlineName(c, t);
  if (!startsUpper(t.text)) return false;
  // "A. Parore", "I. Healy": a single capital with a period is an initial, whatever else it could be.
  if (/^\p{Lu}$/u.test(t.text) && joins(c.terms, i)) return true;
  if (NAME_PARTICLE.has(t.normal) && joins(c.terms, i) && startsUpper(c.terms[i + 1]?.text ?? '')) return true;
  if (t.text === 'I' || DETERMINER.test(t.normal)) return false;
  if (FUNCTION_TAGS.some((tag) => t.tags.has(tag)) && !isAllCaps(t.text)) return false;
  if (c.initial[i]) return initialName(c, i);
  return true;
}

/**
 * In a headline every word has a capital, so a word is a name only when the document writes it
 * as one elsewhere ("CUTTITTA" for "Cuttitta") or compromise's lexicon has it as a name ("ITALY").
 */
function headlineName(c: Casing, t: Term): boolean {
  if (lexiconTags(t.normal).some((tag) => NAME_LEXICON.test(tag))) return true;
  return c.capitalised.has(t.normal) && !c.lower.has(t.normal);
}

/** The first word of a sentence: a name if known as one, or written as one elsewhere. */
function initialName(c: Casing, i: number): boolean {
  const t = c.terms[i]!;
  const possessive = /['\u2019]s?$/u.test(t.text);
  const lex = lexiconTags(t.normal.replace(/['\u2019]s?$/u, ''));
  if (lex.some((tag) => NAME_LEXICON.test(tag)) || isAllCaps(t.text)) return true;
  if (c.lower.has(t.normal)) return false;
  // A common word capitalised elsewhere only inside a longer name ("Immigration" of "ALT
  // Immigration") is no name of its own at a sentence start; an unknown word is.
  // Before a common noun the word is a modifier, and a capital there proves nothing:
  // "Immigration resistance" opens a sentence with a noun, even after "ALT Immigration".
  const modifier = !possessive && joins(c.terms, i) && !startsUpper(c.terms[i + 1]?.text ?? '') && c.pos[i + 1] === 'NOUN';
  if (!modifier && (lex.length === 0 ? c.capitalised.has(t.normal) : c.alone.has(t.normal))) return true;
  // A subject wink-nlp reads as a proper noun, right before its verb: "Apple filed a motion".
  if (c.pos[i] === 'PROPN' && /^(VERB|AUX)$/.test(c.pos[i + 1] ?? '') && lex.every((tag) => NOUNISH.test(tag))) return true;
  // An unknown word or a noun starting a sentence is a name when another capitalised word
  // follows it ("Stefano Bordon is out", "Jean-Luc Brassard").
  const next = c.terms[i + 1];
  const followed = next !== undefined && joins(c.terms, i) && startsUpper(next.text) && !c.initial[i + 1];
  return followed && lex.every((tag) => NOUNISH_OR_ADJECTIVE.test(tag));
}
