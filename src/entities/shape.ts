/**
 * Cuts runs to the name they hold. A title in front is not part of the name but says a person
 * follows ("Judge William Alsup"); a title inside a run starts a new name ("Burkina Faso President
 * Blaise Compaore"); a demonym in front of a person's name is not part of it ("Uruguayan Marcelo
 * Otero"); and an institution's name goes on over "of" and "and" ("Department of Homeland
 * Security", "Citizenship and Immigration Services"), where compromise stops.
 */
import { lexiconTags, type Term } from '../document/compromise-adapter.js';
import { startsUpper } from './casing.js';
import { TITLES } from './lexicon.js';
import { INNER_TITLE, IRREGULAR_DEMONYM, ORG_HEAD } from './name-words.js';
import { joins, type Run } from './runs.js';

export interface Candidate extends Run {
  /** A title stood right before the name. */
  titled: boolean;
}

export function shapeRuns(terms: Term[], runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of extendInstitutions(terms, runs)) {
    let from = run.first;
    for (let i = run.first + 1; i <= run.last; i++) {
      const title = INNER_TITLE.test(terms[i]!.normal) && i < run.last && !ORG_HEAD.has(terms[run.last]!.normal);
      if (title || countryMeetsPerson(terms, i - 1, i)) {
        out.push(...stripFront(terms, from, i - 1));
        from = i;
      }
    }
    out.push(...stripFront(terms, from, run.last));
  }
  return out;
}

function stripFront(terms: Term[], first: number, last: number): Candidate[] {
  if (last < first) return [];
  let a = first;
  // "General Motors" keeps its first word: a title is dropped only before a person-like rest.
  while (a < last && TITLES.has(terms[a]!.normal) && !ORG_HEAD.has(terms[last]!.normal)) a++;
  const titled = a > first;
  if (a < last && isDemonym(terms[a]!) && personLike(terms[a + 1]!)) a++;
  return [{ first: a, last, titled }];
}

/**
 * A country next to a person's name is no part of it: "Pakistan Saeed Anwar" and "Dmitri
 * Dashinski Belarus" in results tables, "Australia M. Taylor" in scoreboards.
 */
function countryMeetsPerson(terms: Term[], a: number, b: number): boolean {
  const left = terms[a]!;
  const right = terms[b]!;
  const country = (t: Term) => t.tags.has('Country');
  const person = (t: Term) => t.tags.has('FirstName') || t.tags.has('LastName') || /^\p{Lu}$/u.test(t.text);
  return (country(left) && person(right)) || (country(right) && !country(left) && left.tags.has('Person'));
}

function personLike(t: Term): boolean {
  return t.tags.has('FirstName') || t.tags.has('Honorific');
}

/** "Uruguayan": tagged a demonym, or a country name plus a demonym ending, or a known irregular one. */
export function isDemonym(t: Term): boolean {
  if (t.tags.has('Demonym') || IRREGULAR_DEMONYM.has(t.normal)) return true;
  const m = /^(.*?)(ian|ean|an|ese|ish|i)$/.exec(t.normal);
  if (!m || m[1]!.length < 3) return false;
  const stem = m[1]!;
  return [stem, `${stem}a`, `${stem}y`, `${stem}o`, `${stem}e`].some((s) => lexiconTags(s).includes('Country'));
}

/** Every word of the run is in compromise's lexicon: "Disease Control", not "Bre-X". */
function allKnown(terms: Term[], r: Run): boolean {
  for (let i = r.first; i <= r.last; i++) if (lexiconTags(terms[i]!.normal).length === 0) return false;
  return true;
}

/** Joins "X of [the] Y" and "X and Y" where the name's head is an institution word. */
function extendInstitutions(terms: Term[], runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out.at(-1);
    if (prev && joinsInstitution(terms, prev, run)) prev.last = run.last;
    else out.push({ ...run });
  }
  return out;
}

function joinsInstitution(terms: Term[], a: Run, b: Run): boolean {
  const gap = b.first - a.last - 1;
  if (gap < 1 || gap > 2) return false;
  for (let i = a.last; i < b.first; i++) if (!joins(terms, i)) return false;
  const w1 = terms[a.last + 1]!.normal;
  const w2 = gap === 2 ? terms[a.last + 2]!.normal : null;
  if (/^(of|for)$/.test(w1) && (w2 === null || w2 === 'the') && ORG_HEAD.has(terms[a.last]!.normal)) {
    // "Citra Group of Suharto" is a company and its owner; "Ministry for Bre-X" a ministry and a firm.
    if (terms[b.first]!.tags.has('FirstName') || terms[b.first]!.tags.has('Person')) return false;
    return w1 === 'of' || allKnown(terms, b);
  }
  // "Citizenship and Immigration Services": the first part is no name of its own.
  if (/^(and|&)$/.test(w1) && w2 === null && ORG_HEAD.has(terms[b.last]!.normal)) {
    const left = terms[a.last]!;
    return startsUpper(left.text) && !['Person', 'Place', 'Organization'].some((tag) => left.tags.has(tag)) && !ORG_HEAD.has(left.normal);
  }
  return false;
}
