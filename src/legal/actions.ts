/**
 * Legal actions and their roles: "Twitter Inc. filed a lawsuit against the U.S. government" is a
 * lawsuit brought by Twitter against the government. The trigger is the word naming the action: a
 * noun or "sue" (here), or a verb of legal news ("charged", "pleaded guilty", "sentenced",
 * "threw out": legal/action-roles.ts). The parties are entity mentions the sentence places around
 * it: before the trigger (the one who acts), after "against"/"to"/"on" or after "sued" (the one
 * acted against), after "by" (who acts, in the passive). Each action also gets the sentence's
 * court, judge, laws and first date, its outcome or term, and (linkActionClaims, after the claims)
 * the claim that holds it. Runs on merged entities, so a party is one entity with all its names
 * and descriptions ("the social network" in its complaint is Twitter).
 *
 * Pronouns and descriptions are resolved in one place, resolveOpeningParty, so the resolution
 * stage of issue 16 can take it over.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { DateMention, Entity, EntityType, LegalAction, LegalActionType, Sentence } from '../types.js';
import { referenceIndex, type ReferenceIndex } from '../resolution/lookup.js';
import { partyIndex, partiesIn, type Party } from '../entities/parties.js';
import { conjoined, decisions, verbActions, verbHits, type VerbAction } from './action-roles.js';
import { firstAtOrAfter } from '../document/search.js';

/** Nouns that name an action when a determiner or modifier stands before them. */
const NOUN = /\b(?:a|an|the|its|their|his|her|this|that|class[- ]action|civil|federal|new|separate|criminal|court|restraining|gag|executive)\s+(lawsuits?|suits?|complaints?|summons(?:es)?|subpoenas?|injunctions?|orders?|motions?|petitions?|appeals?|indictments?|warrants?)\b/gi;
/** Nouns that are legal on their own, needing no determiner: "filed lawsuits", "lawsuit news". */
const BARE_NOUN = /\b(lawsuits?|subpoenas?|summons(?:es)?|indictments?|injunctions?)\b/gi;
const VERB = /\b(su(?:e|es|ed|ing))\b/gi;
/** Words that make "order", "motion", "appeal" or "petition" legal: without one, "the order of events" is not. */
const LEGAL_CONTEXT = /\b(court|judge|justice|lawsuit|sued?|legal|ruling|ruled|plaintiff|defendant|attorney|lawyer|prosecutor|subpoena|summons|unconstitutional|illegal|government|amendment|constitution|statute)\b/i;
const NEEDS_CONTEXT = new Set<LegalActionType>(['order', 'motion', 'appeal', 'petition', 'complaint']);
const CRIMINAL = new Set<LegalActionType>(['indictment', 'warrant']);

const PARTY_TYPES = new Set<EntityType>(['person', 'organization', 'place', 'handle']);

export const legalActions: Refiner = {
  name: 'legal-actions',
  refine(doc, items) {
    const index = partyIndex(items.entities, PARTY_TYPES);
    const courts = partyIndex(items.entities, new Set<EntityType>(['court']));
    const laws = partyIndex(items.entities, new Set<EntityType>(['law']));
    const mentions = referenceIndex(doc, items);
    const hits = verbHits(doc);
    const found: LegalAction[] = [];
    for (const sentence of doc.sentences) {
      const parties = partiesIn(index, sentence.start, sentence.end);
      const court = partiesIn(courts, sentence.start, sentence.end)[0]?.entity ?? null;
      const context: SentenceContext = {
        court, judge: parties.find((p) => p.entity.roles?.some((r) => r.role === 'judge'))?.entity ?? null,
        statutes: [...new Set(partiesIn(laws, sentence.start, sentence.end).map((p) => p.entity.id))],
        date: firstDate(items.dates, sentence),
      };
      const nouns = triggers(doc, sentence).map((t) => {
        // "It filed a lawsuit": a pronoun or description opening the sentence is a party too.
        const opening = parties.some((p) => p.end <= t.start) ? null : resolveOpeningParty(doc, sentence, t.start, mentions);
        return tie(doc, t, opening ? [opening, ...parties] : parties, court);
      });
      const taken = new Set(nouns.map((a) => a.start));
      const here = hits.slice(firstAtOrAfter(hits, sentence.start), firstAtOrAfter(hits, sentence.end));
      const verbs = verbActions(doc, sentence, here, parties, (s, at) => resolveOpeningParty(doc, s, at, mentions), taken).map((v) => fromVerb(doc, v));
      decide(doc, sentence, nouns, parties);
      for (const a of [...nouns, ...verbs].sort((x, y) => x.start - y.start)) found.push(withContext(a, context, found.length));
    }
    return { ...items, legalActions: found };
  },
};

/** After the claims are built: each action names the claim whose content holds its word. */
export const linkActionClaims: Refiner = {
  name: 'link-action-claims',
  refine(_doc, items) {
    if (items.legalActions.length === 0) return items;
    const claims = [...items.claims].sort((a, b) => a.content.start - b.content.start);
    return {
      ...items,
      legalActions: items.legalActions.map((a) => ({ ...a, claim: claims.find((c) => c.content.start <= a.start && a.end <= c.content.end)?.id ?? null })),
    };
  },
};

/** What a sentence gives every action in it. */
interface SentenceContext {
  court: Entity | null;
  judge: Entity | null;
  statutes: string[];
  date: string | null;
}

function firstDate(dates: DateMention[], s: Sentence): string | null {
  return dates.find((d) => d.type === 'DATE' && d.start >= s.start && d.end <= s.end)?.id ?? null;
}

/** Fills what the sentence gives and the rule left empty, and numbers the action. */
function withContext(a: LegalAction, c: SentenceContext, n: number): LegalAction {
  const involved = new Set([...a.plaintiffs, ...a.defendants, ...a.parties]);
  return {
    ...a, id: `l${n}`, court: a.court ?? c.court?.id ?? null,
    judge: a.judge ?? (c.judge && !involved.has(c.judge.id) ? c.judge.id : null),
    statutes: c.statutes, date: c.date,
  };
}

function fromVerb(doc: AnalysedDocument, v: VerbAction): LegalAction {
  const ids = (ps: Party[]) => [...new Set(ps.map((p) => p.entity.id))];
  return {
    kind: 'legal-action', id: '', action: v.action, start: v.start, end: v.end, text: doc.text.slice(v.start, v.end),
    plaintiffs: ids(v.plaintiffs), defendants: ids(v.defendants).filter((d) => !ids(v.plaintiffs).includes(d)), parties: ids(v.parties),
    court: v.court?.entity.id ?? null, judge: v.judge?.entity.id ?? null, statutes: [], date: null,
    outcome: v.outcome ? { start: v.outcome.start, end: v.outcome.end, text: doc.text.slice(v.outcome.start, v.outcome.end) } : null,
    criminal: v.criminal, claim: null, rule: v.rule,
  };
}

/**
 * "Judge Alvarez granted the motion to dismiss": a deciding verb before a motion, petition,
 * injunction, order or appeal is that action's outcome, and a court or judge right before the verb
 * decided it.
 */
function decide(doc: AnalysedDocument, s: Sentence, nouns: LegalAction[], parties: Party[]): void {
  for (const d of decisions(doc, s)) {
    const target = nouns.find((a) => a.start >= d.end && /^\s+(?:(?:the|a|an|his|her|its|their|[a-z][\w-]*)\s+){0,3}$/i.test(doc.norm.slice(d.end, a.start)));
    if (!target || !['motion', 'petition', 'injunction', 'order', 'appeal'].includes(target.action)) continue;
    target.outcome = { start: d.start, end: d.end, text: doc.text.slice(d.start, d.end) };
    const by = parties.filter((p) => p.end <= d.start).at(-1);
    if (by && d.start - by.end <= 40 && !/[;:]/.test(doc.norm.slice(by.end, d.start))) {
      if (by.entity.type === 'court') target.court = by.entity.id;
      else if (by.entity.roles?.some((r) => r.role === 'judge')) target.judge = by.entity.id;
    }
  }
}

interface Trigger {
  start: number;
  end: number;
  action: LegalActionType;
  verb: boolean;
}

function triggers(doc: AnalysedDocument, s: Sentence): Trigger[] {
  const text = doc.norm.slice(s.start, s.end);
  const out: Trigger[] = [];
  const seen = new Set<number>();
  const push = (start: number, word: string, verb: boolean) => {
    if (seen.has(start)) return;
    const action = actionOf(word);
    if (!action || (NEEDS_CONTEXT.has(action) && !LEGAL_CONTEXT.test(text))) return;
    if (action === 'lawsuit' && /^suits?$/i.test(word) && /follow(?:s|ed|ing)? suit/i.test(text)) return;
    // "a federal appeals court" is a court, not an appeal.
    if (action === 'appeal' && /^\s+courts?\b/i.test(text.slice(start + word.length, start + word.length + 8))) return;
    seen.add(start);
    out.push({ start: s.start + start, end: s.start + start + word.length, action, verb });
  };
  for (const m of text.matchAll(NOUN)) push(m.index + m[0].length - m[1]!.length, m[1]!, false);
  for (const m of text.matchAll(BARE_NOUN)) push(m.index, m[1]!, false);
  for (const m of text.matchAll(VERB)) push(m.index, m[1]!, true);
  return out.sort((a, b) => a.start - b.start);
}

const ACTIONS: Array<[RegExp, LegalActionType]> = [
  [/^(?:su(?:e|es|ed|ing)|(?:law)?suits?)$/, 'lawsuit'],
  [/^complaints?$/, 'complaint'],
  [/^summons(?:es)?$/, 'summons'],
  [/^subpoenas?$/, 'subpoena'],
  [/^orders?$/, 'order'],
  [/^injunctions?$/, 'injunction'],
  [/^motions?$/, 'motion'],
  [/^petitions?$/, 'petition'],
  [/^appeals?$/, 'appeal'],
  [/^indictments?$/, 'indictment'],
  [/^warrants?$/, 'warrant'],
];

function actionOf(word: string): LegalActionType | null {
  const w = word.toLowerCase();
  return ACTIONS.find(([pattern]) => pattern.test(w))?.[1] ?? null;
}

/** Ties a trigger to the parties its sentence names around it. */
function tie(doc: AnalysedDocument, t: Trigger, parties: Party[], court: Entity | null): LegalAction {
  const after = parties.filter((p) => p.start >= t.end);
  const before = parties.filter((p) => p.end <= t.start);
  const gapTo = (p: Party) => doc.norm.slice(t.end, p.start);
  let plaintiffs: Party[] = [];
  let defendants: Party[] = [];
  let rule = 'none';
  const byParty = after.find((p) => /^\s*(?:(?:was|were|been|being|is|are)\s+)?(?:(?:filed|brought|issued|served|sought)\s*)?by\s+(?:the\s+)?$/i.test(gapTo(p)) || /^\s+by\s+$/.test(gapTo(p)));
  const againstParty = after.find((p) => /^[^.;]{0,60}?\b(?:against|to|on|upon|targeting)\s+(?:the\s+)?$/i.test(gapTo(p)));
  if (t.verb && byParty && /\b(?:was|were|been|being|is|are)\s+$/i.test(doc.norm.slice(Math.max(0, t.start - 12), t.start))) {
    plaintiffs = conjoined(doc, after, byParty);
    defendants = before.slice(-1);
    rule = 'sued-by';
  } else if (t.verb) {
    const object = after.find((p) => /^\s+(?:the\s+)?$/i.test(gapTo(p)));
    defendants = object ? conjoined(doc, after, object) : [];
    plaintiffs = subject(doc, before, t.start, true);
    rule = 'sued';
  } else {
    // "The bank's lawsuit accuses Okafor of ...": the one the action accuses or names.
    const accused = againstParty ?? after.find((p) => /^\s+(?:accuses|accused|names|named|targets|targeted)\s+(?:the\s+)?$/i.test(gapTo(p)));
    if (accused) defendants = conjoined(doc, after, accused);
    if (byParty) plaintiffs = conjoined(doc, after, byParty);
    else plaintiffs = subject(doc, before, t.start);
    rule = againstParty ? 'against' : accused ? 'accuses' : byParty ? 'by' : plaintiffs.length ? 'subject' : 'none';
  }
  const ids = (ps: Party[]) => [...new Set(ps.map((p) => p.entity.id))];
  return {
    kind: 'legal-action', id: '', action: t.action, start: t.start, end: t.end, text: doc.text.slice(t.start, t.end),
    plaintiffs: ids(plaintiffs), defendants: ids(defendants).filter((d) => !ids(plaintiffs).includes(d)), parties: [],
    court: court?.id ?? null, judge: null, statutes: [], date: null, outcome: null, criminal: CRIMINAL.has(t.action), claim: null, rule,
  };
}

/** Words between a party and the action that make the party its author: "X filed a", "X's", "X ... in its". */
const AUTHOR_GAP = /\b(?:filed|files|filing|brought|brings|lodged|issued|issues|served|serves|sent|sends|sought|seeks|launched|initiated|won|obtained|(?:is|are|was|were)\s+suing|sued?s?)\b|^'s?\s|\b(?:its|their|his|her)\s+(?:own\s+|new\s+|latest\s+)?$/i;

/**
 * The party nearest before the trigger, when the words between make it the author: "Twitter Inc.
 * on Thursday just filed a lawsuit", "the site in its lawsuit". A party merely nearby is not:
 * in "Twitter asks the court to declare the order illegal", Twitter did not issue the order.
 */
function subject(doc: AnalysedDocument, before: Party[], at: number, verb = false): Party[] {
  const last = before.at(-1);
  if (!last) return [];
  const gap = doc.norm.slice(last.end, at);
  // "its lawsuit": the resolution stage made the possessive a mention of its entity, the owner.
  if (/^\s+(?:own\s+|new\s+|latest\s+)?$/.test(gap) && /^(?:its|their|his|her)$/i.test(doc.norm.slice(last.start, last.end))) return [last];
  return gap.length <= 80 && !/[;:]|\bagainst\b|\bwho\b|\bwhich\b|\bthat\b/.test(gap) && (verb || AUTHOR_GAP.test(gap)) ? [last] : [];
}

/**
 * "It filed a lawsuit ...", "The company sued ...", "He was sentenced ...": the pronoun or
 * description that opens the sentence, as the resolution stage resolved it (src/resolution/: the
 * same entity attribution and reported speech get for it). The one place legal actions ask for a
 * party that is not a name.
 */
export function resolveOpeningParty(doc: AnalysedDocument, s: Sentence, at: number, mentions: ReferenceIndex): Party | null {
  const m = /^(?:it|they|he|she|the\s+[a-z]+)\b/i.exec(doc.norm.slice(s.start, at));
  if (!m) return null;
  const start = s.start;
  const end = start + m[0].length;
  const r = mentions.resolve(start, end);
  return r.entity && r.form !== 'name' && PARTY_TYPES.has(r.entity.type) ? { start, end, entity: r.entity } : null;
}
