/**
 * Legal actions and their parties: "Twitter Inc. filed a lawsuit against the U.S. government" is a
 * lawsuit brought by Twitter against the government. The trigger is the word naming the action (a
 * noun, or "sue"); the parties are entity mentions the sentence places around it: before the
 * trigger (the one who acts), after "against"/"to"/"on" or after "sued" (the one acted against),
 * after "by" (who acts, in the passive). Runs on merged entities, so a party is one entity with all
 * its names and descriptions ("the social network" in its complaint is Twitter).
 */
import type { AnalysedDocument } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { Entity, EntityType, LegalAction, LegalActionType, Sentence } from '../types.js';
import { referenceIndex, type ReferenceIndex } from '../resolution/lookup.js';
import { partyIndex, partiesIn, type Party } from './parties.js';

/** Nouns that name an action when a determiner or modifier stands before them. */
const NOUN = /\b(?:a|an|the|its|their|his|her|this|that|class[- ]action|civil|federal|new|separate|criminal|court|restraining|gag|executive)\s+(lawsuits?|suits?|complaints?|summons(?:es)?|subpoenas?|injunctions?|orders?|motions?|petitions?|appeals?|indictments?|warrants?)\b/gi;
/** Nouns that are legal on their own, needing no determiner: "filed lawsuits", "lawsuit news". */
const BARE_NOUN = /\b(lawsuits?|subpoenas?|summons(?:es)?|indictments?|injunctions?)\b/gi;
const VERB = /\b(su(?:e|es|ed|ing))\b/gi;
/** Words that make "order", "motion", "appeal" or "petition" legal: without one, "the order of events" is not. */
const LEGAL_CONTEXT = /\b(court|judge|justice|lawsuit|sued?|legal|ruling|ruled|plaintiff|defendant|attorney|lawyer|prosecutor|subpoena|summons|unconstitutional|illegal|government|amendment|constitution|statute)\b/i;
const NEEDS_CONTEXT = new Set<LegalActionType>(['order', 'motion', 'appeal', 'petition', 'complaint']);

const PARTY_TYPES = new Set<EntityType>(['person', 'organization', 'place', 'handle']);

export const legalActions: Refiner = {
  name: 'legal-actions',
  refine(doc, items) {
    const index = partyIndex(items.entities, PARTY_TYPES);
    const courts = partyIndex(items.entities, new Set<EntityType>(['court']));
    const mentions = referenceIndex(doc, items);
    const found: LegalAction[] = [];
    for (const sentence of doc.sentences) {
      for (const t of triggers(doc, sentence)) {
        const parties = partiesIn(index, sentence.start, sentence.end);
        const court = partiesIn(courts, sentence.start, sentence.end)[0]?.entity ?? null;
        // "It filed a lawsuit": a pronoun or description opening the sentence is a party too.
        const opening = parties.some((p) => p.end <= t.start) ? null : openingSubject(doc, sentence, t.start, mentions);
        found.push(tie(doc, t, opening ? [opening, ...parties] : parties, court, found.length));
      }
    }
    return { ...items, legalActions: found };
  },
};

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
function tie(doc: AnalysedDocument, t: Trigger, parties: Party[], court: Entity | null, n: number): LegalAction {
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
    if (againstParty) defendants = conjoined(doc, after, againstParty);
    if (byParty) plaintiffs = conjoined(doc, after, byParty);
    else plaintiffs = subject(doc, before, t.start);
    rule = againstParty ? 'against' : byParty ? 'by' : plaintiffs.length ? 'subject' : 'none';
  }
  const ids = (ps: Party[]) => [...new Set(ps.map((p) => p.entity.id))];
  return {
    kind: 'legal-action', id: `l${n}`, action: t.action, start: t.start, end: t.end, text: doc.text.slice(t.start, t.end),
    plaintiffs: ids(plaintiffs), defendants: ids(defendants).filter((d) => !ids(plaintiffs).includes(d)), court: court?.id ?? null, rule,
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
  return gap.length <= 80 && !/[;:]|\bagainst\b|\bwho\b|\bwhich\b|\bthat\b/.test(gap) && (verb || AUTHOR_GAP.test(gap)) ? [last] : [];
}

/**
 * "It filed a lawsuit ...", "The company sued ...": the pronoun or description that opens the
 * sentence, resolved to the entity it stands for the way a speaker is ("it" to the last fitting
 * name before it, "the company" to the organisation the article is most about so far).
 */
function openingSubject(doc: AnalysedDocument, s: Sentence, at: number, mentions: ReferenceIndex): Party | null {
  const m = /^(?:it|they|he|she|the\s+[a-z]+)\b/i.exec(doc.norm.slice(s.start, at));
  if (!m) return null;
  const start = s.start;
  const end = start + m[0].length;
  const r = mentions.resolve(start, end);
  return r.entity && r.form !== 'name' && PARTY_TYPES.has(r.entity.type) ? { start, end, entity: r.entity } : null;
}

/** A party and the ones joined to it by commas and "and": "against Google, Facebook and Yahoo". */
function conjoined(doc: AnalysedDocument, after: Party[], first: Party): Party[] {
  const out = [first];
  for (let i = after.indexOf(first) + 1; i < after.length; i++) {
    const gap = doc.norm.slice(out.at(-1)!.end, after[i]!.start);
    if (!/^\s*(?:,(?:\s*and)?|and|&)\s*(?:the\s+)?$/i.test(gap)) break;
    out.push(after[i]!);
  }
  return out;
}
