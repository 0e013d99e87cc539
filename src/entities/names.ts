/**
 * People, organisations and places from compromise, corrected for what it gets wrong on news text:
 * a leading "the", possessive 's, trailing punctuation, titles taken as part of a name, and
 * all-caps acronyms it does not know (DHS, USCIS).
 */
import type { AnalysedDocument } from '../document/analyse.js';
import { matchSpans, type Term } from '../document/compromise-adapter.js';
import type { Extractor } from '../pipeline.js';
import type { Entity, EntityType } from '../types.js';
import { singleMention } from './mention.js';
import { GOVERNMENT_BODY, TITLES } from './lexicon.js';

export const nameMentions: Extractor = {
  name: 'names',
  extract(doc) {
    const c = doc.compromise;
    const found: Array<{ type: EntityType; first: number; last: number }> = [];
    for (const m of matchSpans(c, c.view.people())) found.push({ type: 'person', ...m });
    for (const m of matchSpans(c, c.view.organizations())) found.push({ type: 'organization', ...m });
    for (const m of matchSpans(c, c.view.places())) found.push({ type: 'place', ...m });
    for (const m of acronyms(c.terms)) found.push({ type: 'organization', ...m });
    for (const m of governmentBodies(doc)) found.push(m);

    const entities: Entity[] = [];
    const taken = new Set<number>();
    joinAdjacent(c.terms, found);
    const spans = found.flatMap((f) => splitAtPunctuation(c.terms, f)).flatMap((f) => {
      const cleaned = clean(c.terms, f.first, f.last);
      if (!cleaned) return [];
      const extended = f.type === 'organization' ? extendInstitution(c.terms, cleaned) : f.type === 'person' ? extendPerson(c.terms, cleaned) : cleaned;
      return [{ type: f.type, ...extended }];
    });
    // Longer spans first, so "American Civil Liberties Union" wins over a nested "Union".
    spans.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
    for (const span of spans) {
      let clash = false;
      for (let i = span.first; i <= span.last; i++) if (taken.has(i)) clash = true;
      if (clash) continue;
      for (let i = span.first; i <= span.last; i++) taken.add(i);
      const start = c.terms[span.first]!.start;
      const end = endOf(c.terms[span.last]!, doc.text);
      entities.push(singleMention(doc, span.type, start, end));
    }
    return { entities: entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start) };
  },
};

/** Trims what compromise wrongly includes: titles, a leading "the", lower-case words at the edges. */
function clean(terms: Term[], first: number, last: number): { first: number; last: number } | null {
  let a = first;
  let b = last;
  while (a <= b && (TITLES.has(terms[a]!.normal) || DETERMINERS.has(terms[a]!.normal) || !isCapitalised(terms[a]!.text))) a++;
  // A lower-case head stays when it names the body: "the U.S. government", "the Trump administration".
  while (b >= a && !isCapitalised(terms[b]!.text) && !/^\d/.test(terms[b]!.text) && !(b > a && GOVERNMENT_BODY.test(terms[b]!.normal))) b--;
  if (a > b) return null;
  return { first: a, last: b };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Head words of institutions whose full name goes on with "of ..." or starts before "and ...". */
const INSTITUTION = /^(department|ministry|office|bureau|agency|institute|university|court|commission|committee|council|union|association|federation|bank|services?|board|center|centre|school|college|society|foundation|party|administration|league|academy|authority|organization|organisation|corporation|agencies|church|museum|hospital|house|senate|assembly|parliament|congress|secretary|army|navy|force|police|guard|fund|trust|alliance|coalition|network|group|times|post|journal|press|news)$/;

/**
 * compromise stops an institution's name at "of" or "and": "U.S. Department" of Justice, Citizenship
 * and "Immigration Services". Extend over "of/and/for" joined capitalised runs around such a head.
 */
function extendInstitution(terms: Term[], span: { first: number; last: number }): { first: number; last: number } {
  let { first, last } = span;
  const joined = (i: number) => terms[i]!.post.trim() === '';
  if (INSTITUTION.test(terms[last]!.normal)) {
    for (;;) {
      let j = last + 1;
      if (!joined(last) || !/^(of|for|on)$/.test(terms[j]?.normal ?? '') || !joined(j)) break;
      j++;
      if (terms[j]?.normal === 'the' && joined(j)) j++;
      if (!terms[j] || !isCapitalised(terms[j]!.text)) break;
      while (terms[j + 1] && joined(j) && isCapitalised(terms[j + 1]!.text)) j++;
      last = j;
    }
  }
  if (INSTITUTION.test(terms[last]!.normal) && first >= 2 && /^(and|&)$/.test(terms[first - 1]!.normal) && joined(first - 1) && joined(first - 2) && isCapitalised(terms[first - 2]!.text)) {
    let j = first - 2;
    while (j > 0 && joined(j - 1) && isCapitalised(terms[j - 1]!.text) && !DETERMINERS.has(terms[j - 1]!.normal)) j--;
    first = j;
  }
  return { first, last };
}

/** "Donald" and "Trump's" found apart are one name: join spans with only a space between them. */
function joinAdjacent(terms: Term[], found: Array<{ type: EntityType; first: number; last: number }>): void {
  found.sort((a, b) => a.first - b.first);
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (b.first === a.last + 1 && terms[a.last]!.post === ' ' && (a.type === 'person' || b.type === a.type)) {
      a.last = Math.max(a.last, b.last);
      found.splice(i + 1, 1);
      i--;
    }
  }
}

/** A name never runs over punctuation between its words: "Google, Facebook" is two names. */
function splitAtPunctuation(terms: Term[], f: { type: EntityType; first: number; last: number }): Array<{ type: EntityType; first: number; last: number }> {
  const out: Array<{ type: EntityType; first: number; last: number }> = [];
  let from = f.first;
  for (let i = f.first; i < f.last; i++) {
    const post = terms[i]!.post.replace(/^\.(?=\s)/, '');
    if (/[.!?;:,"()\u201C\u201D]/.test(post) && !/^[A-Z]\.?$|^(Inc|Corp|Co|Ltd|Jr|Sr|St|Mr|Mrs|Ms|Dr)$/.test(terms[i]!.text)) {
      out.push({ type: f.type, first: from, last: i });
      from = i + 1;
    }
  }
  out.push({ type: f.type, first: from, last: f.last });
  return out;
}

/** compromise often stops a person at the first name before a possessive: "Donald" Trump's. */
function extendPerson(terms: Term[], span: { first: number; last: number }): { first: number; last: number } {
  let last = span.last;
  while (terms[last + 1] && terms[last]!.post === ' ' && isCapitalised(terms[last + 1]!.text) && terms[last + 1]!.tags.has('ProperNoun') && !terms[last + 1]!.tags.has('Organization') && last - span.first < 3) last++;
  return { first: span.first, last };
}

function isCapitalised(word: string): boolean {
  return /^[@#]?[\p{Lu}\d]/u.test(word);
}

/** Where a term ends in the text, keeping a trailing "." that belongs to an abbreviation ("Inc."). */
function endOf(term: Term, text: string): number {
  if (/^(Inc|Corp|Co|Ltd|Jr|Sr)$/.test(term.text) && text[term.end] === '.') return term.end + 1;
  // A possessive is not part of the name: "Twitter's users" names Twitter.
  const possessive = /['\u2019]s?$/.exec(term.text);
  if (possessive && term.text.length > possessive[0].length) return term.end - possessive[0].length;
  return term.end;
}

/** All-caps words of 2–6 letters that compromise tags as acronyms: ACLU, DHS, USCIS, NSA. */
function acronyms(terms: Term[]): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  terms.forEach((t, i) => {
    if (/^[A-Z]{2,6}$/.test(t.text) && !NOT_ORGANISATIONS.has(t.text) && !t.tags.has('Place') && !t.tags.has('Person')) out.push({ first: i, last: i });
  });
  return out;
}

/** Capitals that are not organisations when they stand alone. */
const NOT_ORGANISATIONS = new Set(['US', 'UK', 'EU', 'UN', 'TV', 'CEO', 'CFO', 'OK', 'AM', 'PM', 'GMT', 'EST', 'PST', 'AP', 'II', 'III', 'IV', 'I', 'A', 'USA', 'GDP', 'IP', 'ID', 'PR', 'FAQ', 'DNA']);

/** "the U.S. government", "the Trump administration": bodies compromise rarely tags. */
function governmentBodies(doc: AnalysedDocument): Array<{ type: EntityType; first: number; last: number }> {
  const terms = doc.compromise.terms;
  const out: Array<{ type: EntityType; first: number; last: number }> = [];
  for (let i = 1; i < terms.length; i++) {
    if (!GOVERNMENT_BODY.test(terms[i]!.normal)) continue;
    let a = i;
    // Walk back over capitalised modifiers ("U.S.", "Trump", "Obama", "federal" is not capitalised).
    while (a > 0 && isCapitalised(terms[a - 1]!.text) && terms[a - 1]!.post.trim() === '' && !TITLES.has(terms[a - 1]!.normal) && !DETERMINERS.has(terms[a - 1]!.normal)) a--;
    if (a < i) out.push({ type: 'organization', first: a, last: i });
  }
  return out;
}
