/**
 * What the tagger cannot know, added after it: rules over the tagged spans, applied in order. Each
 * is a small pure function from spans to spans; the list below is the order they run in.
 */
import type { DocToken } from '../document/analyse.js';
import type { EntityType } from '../types.js';
import { lexiconTags } from '../document/compromise-adapter.js';
import { TITLES } from './lexicon.js';
import { isAbbreviationWord, isCodeAbbreviation } from '../legal/lexicon.js';
import { COMMON_NOUN_TAGS, CORPORATE_FORM, COURTESY_TITLES, COURT_HEAD, GOVERNMENT_BODY, GROUP_WORDS, INSTITUTION_HEAD, NAME_ABBREVIATION, ORGANIZATION_HEAD } from './name-words.js';

export interface NameSpan {
  /** First and last token, as indexes into the document's tokens. */
  first: number;
  last: number;
  /** 'misc': the tagger's MISC class, which the rules may turn into an organisation; the rest is dropped. */
  type: Extract<EntityType, 'person' | 'organization' | 'place' | 'court'> | 'misc';
}

/** What a rule reads: the document's tokens and its normalised text. */
export interface NameContext {
  tokens: readonly DocToken[];
  norm: string;
}

export interface NameRule {
  name: string;
  apply(spans: NameSpan[], ctx: NameContext): NameSpan[];
}

const word = (ctx: NameContext, i: number): string => {
  const t = ctx.tokens[i];
  return t ? ctx.norm.slice(t.start, t.end) : '';
};

/** Token i with the period right after it, if wink-nlp split one off: "U.S.C" and "." read as "U.S.C.". */
const nameText = (ctx: NameContext, i: number): string => {
  const t = ctx.tokens[i];
  if (!t) return '';
  const w = ctx.norm.slice(t.start, t.end);
  return !w.endsWith('.') && ctx.norm[t.end] === '.' ? `${w}.` : w;
};

/** Token i is a title ("Judge", "Sen.", "Mr"), its period aside. */
const isTitle = (ctx: NameContext, i: number): boolean => TITLES.has(word(ctx, i).replace(/\.$/, '').toLowerCase());

/** Nothing but spaces between token i and the next one. */
const adjacent = (ctx: NameContext, i: number): boolean => {
  const a = ctx.tokens[i];
  const b = ctx.tokens[i + 1];
  return !!a && !!b && a.sentence === b.sentence && /^ *$/.test(ctx.norm.slice(a.end, b.start));
};

/** "Sen. Jane Roe (R-Fla.)": the party and state after a legislator's name are a label, not a place. */
const partyLabels: NameRule = {
  name: 'party-labels',
  apply: (spans, ctx) => spans.filter((s) => !/\(\s*[RDI]\s*-\s*$/.test(ctx.norm.slice(Math.max(0, ctx.tokens[s.first]!.start - 6), ctx.tokens[s.first]!.start))),
};

/** "Hindu leaders", "Republicans": a religion or a party's members are no entity of their own. */
const groupWords: NameRule = {
  name: 'group-words',
  apply: (spans, ctx) => spans.filter((s) => s.first !== s.last || !GROUP_WORDS.has(word(ctx, s.first).toLowerCase())),
};

/**
 * "CEO", "TV": capitals that compromise's lexicon knows only as a common noun name nothing ("US"
 * and "IT" are pronouns there, and stay).
 */
const commonCapitals: NameRule = {
  name: 'common-capitals',
  apply: (spans, ctx) => spans.filter((s) => {
    const w = word(ctx, s.first);
    if (s.first !== s.last || !/^\p{Lu}{2,4}$/u.test(w)) return true;
    const tags = lexiconTags(w.toLowerCase());
    return tags.length === 0 || !tags.every((t) => COMMON_NOUN_TAGS.has(t));
  }),
};

/**
 * "United States Citizenship and Immigration Services": names side by side, or joined by "and",
 * "of", "for" or "&", are one organisation when the last ends in an institution's head word (the
 * tagger, trained on few such names, cuts them at "and" or at a place's name).
 */
const institutionJoins: NameRule = {
  name: 'institution-joins',
  apply(spans, ctx) {
    const joinable = (a: NameSpan, b: NameSpan) => (b.first === a.last + 1 && adjacent(ctx, a.last))
      || (b.first === a.last + 2 && /^(and|of|for|&)$/.test(word(ctx, a.last + 1)) && adjacent(ctx, a.last) && adjacent(ctx, a.last + 1));
    const out: NameSpan[] = [];
    for (let i = 0; i < spans.length; ) {
      let j = i;
      while (j + 1 < spans.length && joinable(spans[j]!, spans[j + 1]!)) j++;
      const head = INSTITUTION_HEAD.has(word(ctx, spans[j]!.last).toLowerCase());
      if (j > i && head) out.push({ first: spans[i]!.first, last: spans[j]!.last, type: 'organization' });
      else if (j === i && head && openingNoun(ctx, spans[i]!.first)) out.push({ first: spans[i]!.first - 2, last: spans[i]!.last, type: 'organization' });
      else out.push(...spans.slice(i, j + 1));
      i = j + 1;
    }
    return out;
  },
};

/**
 * "Magistrate Judge Helen Park", "Justice | Ruth Feldman": a title in front of a person's name is not
 * part of it, and a title the tagger left as a name of its own before a person names nothing.
 */
const personTitles: NameRule = {
  name: 'person-titles',
  apply(spans, ctx) {
    const out: NameSpan[] = [];
    spans.forEach((s, k) => {
      const next = spans[k + 1];
      let onlyTitles = true;
      for (let i = s.first; i <= s.last; i++) onlyTitles &&= isTitle(ctx, i);
      if (onlyTitles && next?.type === 'person' && next.first === s.last + 1) return;
      let first = s.first;
      if (s.type === 'person') while (first < s.last && isTitle(ctx, first)) first++;
      out.push({ ...s, first });
    });
    return out;
  },
};

/**
 * "Ms. Rice demurred", "Mr. Ward said": a courtesy title makes the capitalised words after it a
 * person's name, whatever the tagger made of them (a surname that is also a word, "Rice", "Ward",
 * at the start of a sentence, is often left out or typed otherwise). The title stays outside the name.
 */
const courtesyTitles: NameRule = {
  name: 'courtesy-titles',
  apply(spans, ctx) {
    const out = spans.slice();
    for (let i = 0; i + 1 < ctx.tokens.length; i++) {
      const n = ctx.tokens[i]!.normal;
      if (!(COURTESY_TITLES.has(n) || (n.endsWith('.') && COURTESY_TITLES.has(n.slice(0, -1)))) || !adjacent(ctx, i)) continue;
      // "Mr Justice Anthony Mann": further titles are not part of the name either.
      let title = i;
      while (title + 1 < ctx.tokens.length && adjacent(ctx, title) && isTitle(ctx, title + 1)) title++;
      let last = title;
      // The first word whatever its tag ("Ward" read as a verb), further ones when they are proper nouns.
      while (last + 1 < ctx.tokens.length && /^\p{Lu}/u.test(word(ctx, last + 1)) && (last === title || (adjacent(ctx, last) && ctx.tokens[last + 1]!.pos === 'PROPN'))) last++;
      if (last === title) continue;
      const first = title + 1;
      const overlapping = out.filter((s) => s.first <= last && s.last >= first);
      // A longer name the tagger found around these words ("Mr. Smith Goes to Washington") stays.
      if (overlapping.some((s) => s.first < i || s.last > last)) continue;
      for (const s of overlapping) out.splice(out.indexOf(s), 1);
      out.push({ first, last, type: 'person' });
    }
    return out.sort((a, b) => a.first - b.first);
  },
};

/** "Immigration | and Customs Enforcement": a capitalised noun the tagger left out, before "and" or "&". */
function openingNoun(ctx: NameContext, first: number): boolean {
  const t = ctx.tokens[first - 2];
  return !!t && /^(and|&)$/.test(word(ctx, first - 1)) && adjacent(ctx, first - 2) && adjacent(ctx, first - 1)
    && /^\p{Lu}\p{Ll}/u.test(word(ctx, first - 2)) && (t.pos === 'PROPN' || t.pos === 'NOUN');
}

/**
 * "the U.S. government", "the Trump administration": a name with the body it leads is an
 * organisation (the tagger makes "Trump" there MISC, as CoNLL's annotators did).
 */
const governmentBodies: NameRule = {
  name: 'government-bodies',
  apply: (spans, ctx) => spans.map((s) => {
    if (!GOVERNMENT_BODY.has(word(ctx, s.last + 1)) || !adjacent(ctx, s.last)) return s;
    // "the Justice Department administration": an institution already named by its head leads no body of its own.
    const last = word(ctx, s.last).toLowerCase();
    if (s.type === 'organization' && (INSTITUTION_HEAD.has(last) || ORGANIZATION_HEAD.has(last))) return s;
    return { first: s.first, last: s.last + 1, type: 'organization' };
  }),
};

/** "Crestline Financial", "Stiles & Brandt LLP": a corporate or institutional head word makes an organisation. */
const organizationHeads: NameRule = {
  name: 'organization-heads',
  apply: (spans, ctx) => spans.map((s) => (s.last > s.first && ORGANIZATION_HEAD.has(word(ctx, s.last).replace(/\.$/, '').toLowerCase()) ? { ...s, type: 'organization' } : s)),
};

/**
 * wink-nlp keeps a sentence's final period on an abbreviation ("Brandt LLP."): the name ends before
 * it unless the word is an abbreviation whose period belongs to it (see endOf).
 */
export function nameEnd(ctx: NameContext, last: number): number {
  const t = ctx.tokens[last]!;
  const w = ctx.norm.slice(t.start, t.end);
  if (!w.endsWith('.') || w.length < 2) return t.end;
  const bare = w.slice(0, -1);
  if (NAME_ABBREVIATION.has(bare.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(bare)) return t.end;
  return t.end - 1;
}

/** "the Cook County Circuit Court", "the Delaware Chancery Court": an organisation named as a court is a court. */
const courtNames: NameRule = {
  name: 'court-names',
  apply: (spans, ctx) => spans.map((s) => (s.type === 'organization' && COURT_HEAD.has(word(ctx, s.last)) ? { ...s, type: 'court' } : s)),
};

/** Token i opens its sentence, a quotation, a bracket or what follows a colon or a dash. */
function opensSentence(ctx: NameContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return !prev || prev.sentence !== ctx.tokens[i]!.sentence || /^["\u201C'\u2018(\[:\u2014-]$/.test(word(ctx, i - 1));
}

/**
 * "The Department of Homeland Security did not respond": an article opening the sentence is no part
 * of the name; mid-sentence, a capital "The" is ("reporters at The Daily Ledger").
 */
const openingArticle: NameRule = {
  name: 'opening-article',
  apply: (spans, ctx) => spans.map((s) => {
    if (s.first === s.last || word(ctx, s.first) !== 'The') return s;
    return opensSentence(ctx, s.first) ? { ...s, first: s.first + 1 } : s;
  }),
};

/**
 * "ALT Immigration" ... "Immigration resistance...": a word capitalised only because it opens a
 * sentence or a quotation, right before a lower-case noun it modifies, is no name of its own when
 * the document names it nowhere else alone (only inside a longer name).
 */
const openingModifiers: NameRule = {
  name: 'opening-modifiers',
  apply(spans, ctx) {
    // Words inside names of two or more words, and how often each word is a name alone.
    const inside = new Set<string>();
    const alone = new Map<string, number>();
    for (const s of spans) {
      if (s.first === s.last) alone.set(word(ctx, s.first), (alone.get(word(ctx, s.first)) ?? 0) + 1);
      else for (let i = s.first; i <= s.last; i++) inside.add(word(ctx, i));
    }
    return spans.filter((s) => {
      if (s.first !== s.last || !opensSentence(ctx, s.first)) return true;
      const w = word(ctx, s.first);
      const next = ctx.tokens[s.first + 1];
      const modifies = !!next && next.pos === 'NOUN' && /^\p{Ll}/u.test(word(ctx, s.first + 1)) && adjacent(ctx, s.first);
      return !(modifies && inside.has(w) && alone.get(w) === 1);
    });
  },
};

/**
 * "Northwind Holdings and Kestrel Bank": a name whose part before "and" or "&" ends in a corporate
 * form is two names (the tagger learnt "Securities and Exchange Commission" as one).
 */
const coordinatedCompanies: NameRule = {
  name: 'coordinated-companies',
  apply: (spans, ctx) => spans.flatMap((s) => {
    for (let i = s.first + 1; i < s.last; i++) {
      if (/^(and|&)$/.test(word(ctx, i)) && CORPORATE_FORM.has(word(ctx, i - 1).replace(/\.$/, '').toLowerCase())) {
        return [{ ...s, last: i - 1 }, { ...s, first: i + 1 }];
      }
    }
    return [s];
  }),
};

/**
 * "Cal. Ct. App.", "Id. at 5", "§": a legal abbreviation, among others or before a number, names no
 * one, whether or not the legal step read a whole citation there. A state's abbreviation on its own
 * ("Tampa, Fla., police") is kept: the word after it is no abbreviation.
 */
const legalAbbreviations: NameRule = {
  name: 'legal-abbreviations',
  apply: (spans, ctx) => spans.filter((s) => {
    const abbreviated = (i: number) => {
      const t = ctx.tokens[i];
      if (!t) return false;
      const w = ctx.norm.slice(t.start, t.end);
      const withPeriod = w.endsWith('.') ? w : ctx.norm[t.end] === '.' ? `${w}.` : '';
      return w === '\u00a7' || (withPeriod !== '' && (isAbbreviationWord(withPeriod) || /^(?:Id|Ibid)\.$/.test(withPeriod)));
    };
    if (s.first === s.last && isCodeAbbreviation(nameText(ctx, s.first))) return false;
    for (let i = s.first; i <= s.last; i++) if (!abbreviated(i)) return true;
    const next = word(ctx, s.last + 1) === '.' ? s.last + 2 : s.last + 1;
    return !(abbreviated(next) || abbreviated(s.first - 1) || /^(?:\d|at$|\u00a7)/.test(word(ctx, next)));
  }),
};

/** The rules, in the order they run: drop what names nothing, then join and extend what is kept. */
export const NAME_RULES: readonly NameRule[] = [legalAbbreviations, openingArticle, openingModifiers, coordinatedCompanies, partyLabels, groupWords, commonCapitals, personTitles, courtesyTitles, institutionJoins, organizationHeads, governmentBodies, courtNames];
