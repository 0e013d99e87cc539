/**
 * Legal actions named by a verb ("charged", "pleaded guilty", "sentenced", "threw out"): finds them
 * in a sentence and gives each party the sentence places around the verb its role, by the verb's
 * row in action-verbs.ts: the party before the verb is its subject, the party right after it its
 * object; in the passive ("Okafor was sentenced by Judge Alvarez") the party before is the object
 * and the one after "by" the subject. A court or a judge in a subject's place is the action's court
 * or judge, whatever the verb's row says.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import type { Party } from '../entities/parties.js';
import type { LegalActionType, Sentence } from '../types.js';
import { ACTION_VERBS, DECIDING_VERB, LEGAL_CONTEXT, type ActionVerb, type Role } from './action-verbs.js';
import { readOutcome, type Stretch } from './action-outcomes.js';

export interface VerbAction {
  start: number;
  end: number;
  action: LegalActionType;
  criminal: boolean;
  plaintiffs: Party[];
  defendants: Party[];
  parties: Party[];
  court: Party | null;
  judge: Party | null;
  outcome: Stretch | null;
  rule: string;
}

/** Resolves the pronoun or description that opens a clause before `at` ("He was sentenced"), or null. */
export type ResolveOpening = (sentence: Sentence, at: number) => Party | null;

const PASSIVE = /\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:\w+ly\s+)?$/i;
/** Between a verb and its object: articles, lower-case words, a title ("Officer", "Dr.") at most three words. */
const OBJECT_GAP = /^\s+(?:(?:the|a|an|[a-z][\w-]*|[A-Z][a-z]+\.?)\s+){0,3}$/;
const BY_GAP = /^\s+(?:[^.;]{0,40}?\s)?by\s+(?:the\s+)?$/i;
const WITH_GAP = /^[^.;]{0,60}?\bwith\s+(?:the\s+)?$/i;
const AGAINST_GAP = /^[^.;]{0,60}?\bagainst\s+(?:the\s+)?$/i;
const SUBJECT_BLOCK = /[;:]|\bagainst\b|\bwho\b|\bwhich\b|\bthat\b|\bafter\b|\bbefore\b|\bwhen\b/;

/** One verb of ACTION_VERBS where it stands in the document. */
export interface VerbHit {
  verb: ActionVerb;
  start: number;
  end: number;
  /** Where the outcome word the pattern holds starts ("guilty"), or -1. */
  wordAt: number;
}

/** Every verb of legal news in the document, in text order: each pattern runs once over the whole text. */
export function verbHits(doc: AnalysedDocument): VerbHit[] {
  const out: VerbHit[] = [];
  for (const verb of ACTION_VERBS) {
    for (const m of doc.norm.matchAll(verb.pattern)) {
      const end = m.index + m[0].length;
      out.push({ verb, start: m.index, end, wordAt: m[1] ? end - m[1].length : -1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The actions of the hits inside sentence `s` (`hits` sorted; those before `from` are skipped by the caller). */
export function verbActions(doc: AnalysedDocument, s: Sentence, hits: readonly VerbHit[], parties: Party[], resolveOpening: ResolveOpening, taken: ReadonlySet<number>): VerbAction[] {
  let legal: boolean | null = null;
  const out: VerbAction[] = [];
  for (const h of hits) {
    if (h.start < s.start || h.end > s.end) continue;
    if (h.verb.context && !(legal ??= LEGAL_CONTEXT.test(doc.norm.slice(s.start, s.end)))) continue;
    if (taken.has(h.start) || out.some((a) => a.start <= h.start && h.start < a.end)) continue;
    out.push(tieVerb(doc, s, h.verb, h.start, h.end, h.wordAt, parties, resolveOpening));
  }
  return out;
}

function tieVerb(doc: AnalysedDocument, s: Sentence, verb: ActionVerb, start: number, end: number, wordAt: number, parties: Party[], resolveOpening: ResolveOpening): VerbAction {
  const before = parties.filter((p) => p.end <= start);
  const after = parties.filter((p) => p.start >= end);
  const gap = (p: Party) => doc.norm.slice(end, p.start);
  const a: VerbAction = { start, end, action: verb.action, criminal: verb.criminal, plaintiffs: [], defendants: [], parties: [], court: null, judge: null, outcome: null, rule: 'verb' };
  const lastBefore = before.at(-1);
  // "A grand jury in Manhattan indicted": a party after a preposition is no subject.
  const governed = lastBefore && /\b(?:in|at|from|of|near|for|on|by|with|to)\s+(?:the\s+)?$/i.test(doc.norm.slice(Math.max(s.start, lastBefore.start - 10), lastBefore.start));
  const near = lastBefore && !governed && !SUBJECT_BLOCK.test(doc.norm.slice(lastBefore.end, start)) && start - lastBefore.end <= 80 ? lastBefore : null;
  const opening = near ? null : resolveOpening(s, start);
  const subject = near ?? opening;
  const passive = PASSIVE.test(doc.norm.slice(Math.max(s.start, start - 16), start));
  if (passive) {
    a.rule = 'passive';
    if (subject) assign(a, verb.object === 'none' ? 'defendant' : verb.object, [subject]);
    const by = after.find((p) => BY_GAP.test(gap(p)));
    if (by) assign(a, verb.subject, conjoined(doc, after, by));
  } else {
    if (subject) assign(a, verb.subject, [subject]);
    const object = after.find((p) => OBJECT_GAP.test(gap(p)));
    if (object && verb.object !== 'none') assign(a, verb.object, conjoined(doc, after, object));
  }
  const withParty = after.find((p) => WITH_GAP.test(gap(p)));
  if (withParty && verb.action === 'settlement') assign(a, 'party', conjoined(doc, after, withParty));
  const against = after.find((p) => AGAINST_GAP.test(gap(p)));
  if (against && a.defendants.length === 0) assign(a, 'defendant', conjoined(doc, after, against));
  a.outcome = wordAt >= 0 ? { start: wordAt, end } : readOutcome(verb.outcome, doc.norm, end, s.end);
  return a;
}

/** Puts parties in the role; a court, or a person the text calls a judge, is the court or judge whatever the role. */
function assign(a: VerbAction, role: Role, ps: Party[]): void {
  for (const p of ps) {
    if (p.entity.type === 'court') a.court ??= p;
    else if (p.entity.roles?.some((r) => r.role === 'judge')) a.judge ??= p;
    else if (role === 'agent') a.plaintiffs.push(p);
    else if (role === 'defendant') a.defendants.push(p);
    else if (role === 'party') a.parties.push(p);
  }
}

/** A party and the ones joined to it by commas and "and": "Okafor, Mensah and Vega". */
export function conjoined(doc: AnalysedDocument, after: Party[], first: Party): Party[] {
  const out = [first];
  for (let i = after.indexOf(first) + 1; i < after.length; i++) {
    const gap = doc.norm.slice(out.at(-1)!.end, after[i]!.start);
    if (!/^\s*(?:,(?:\s*and)?|and|&)\s*(?:the\s+)?$/i.test(gap)) break;
    out.push(after[i]!);
  }
  return out;
}

/** "granted the motion", "denied their petition": the deciding verb, and the subject that decided, before each action noun. */
export function decisions(doc: AnalysedDocument, s: Sentence): Array<{ start: number; end: number; nounAfter: number }> {
  const text = doc.norm.slice(s.start, s.end);
  const out: Array<{ start: number; end: number; nounAfter: number }> = [];
  for (const m of text.matchAll(DECIDING_VERB)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, nounAfter: s.start + m.index + m[0].length });
  return out;
}
