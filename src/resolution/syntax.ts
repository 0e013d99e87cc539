/**
 * Where a phrase stands in its clause, read off the tokens around it (wink-nlp gives parts of speech,
 * no parse): the subject before a verb, the object after one, an oblique after a preposition, an
 * owner before "'s". And which clause of its sentence a token is in, for binding: "him" is never the
 * subject of its own clause ("Smith praised him"), but may be the subject of the clause above
 * ("Smith said the court praised him").
 */
import type { AnalysedDocument, DocToken } from '../document/analyse.js';
import type { Phrase } from './phrases.js';
import { CLAUSE_OPENERS } from './words.js';

export type GrammaticalRole = 'subject' | 'object' | 'oblique' | 'possessive' | 'predicate' | 'modifier' | 'other';

const VERBAL = new Set(['VERB', 'AUX']);
/** Tokens between a subject and its verb that do not break the link: "Smith also said", "Smith would not". */
const SKIPPABLE = new Set(['ADV', 'PART']);
/** How far a comma-bounded or bracketed aside after a subject may run: "Smith, a spokesman for the firm, said"; "Lund (born 3 March 1950 in Bergen, Norway) became". */
const MAX_ASIDE = 16;

/** The grammatical role of a phrase that is not nested in another. */
export function roleOf(tokens: readonly DocToken[], p: Phrase, sentenceFirst: number, sentenceEnd: number): GrammaticalRole {
  if (p.pronoun) {
    if (p.pronoun.case === 'possessive') return 'possessive';
    if (p.pronoun.case === 'nominative') return 'subject';
    const before = tokens[p.first - 1];
    return before && before.pos === 'ADP' && p.first - 1 >= sentenceFirst ? 'oblique' : 'object';
  }
  if (p.nested) return p.kind === 'name' && !isOwner(tokens, p) ? 'modifier' : 'possessive';
  const at = p.outer - 1;
  const before = at >= sentenceFirst ? tokens[at] : undefined;
  if (before?.pos === 'ADP' && before.normal !== 'than') return 'oblique';
  if (before && VERBAL.has(before.pos)) return before.lemma === 'be' || before.lemma === 'become' ? 'predicate' : 'object';
  if (verbFollows(tokens, p.last + 1, sentenceEnd)) return 'subject';
  return 'other';
}

/** Whether a name owns the phrase right after it and that phrase is a subject: "Amalia's brother became", "Cho's company hired". */
export function ownsSubject(p: Phrase, phrases: readonly Phrase[], role: (p: Phrase) => GrammaticalRole): boolean {
  const owned = phrases[p.index + 1];
  return p.kind === 'name' && owned !== undefined && owned.owner === p && role(owned) === 'subject';
}

const isOwner = (tokens: readonly DocToken[], p: Phrase) => tokens[p.last + 1]?.pos === 'PART' && /^(?:'s?|\u2019s?)$/.test(tokens[p.last + 1]!.normal);

/** What may follow a verb in the present tense that the tagger read as a plural noun: "senses that", "rides the bike", "tells her", "plans to". */
const AFTER_A_VERB = new Set(['DET', 'PRON', 'SCONJ', 'PART', 'PROPN']);

/**
 * A word the tagger calls a plural noun right after a name or pronoun, that reads as its verb:
 * "Dan senses that", "Bill rides the bike", "Lea plans to" (not "Apple shares fell", "Smith's remarks").
 */
export function presentVerbAsNoun(tokens: readonly DocToken[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || t.pos !== 'NOUN' || t.normal === t.lemma || !t.normal.endsWith('s') || next.sentence !== t.sentence) return false;
  return AFTER_A_VERB.has(next.pos) && !(next.pos === 'PART' && next.normal !== 'to');
}

/** A verb at k, after adverbs, one comma-bounded aside or a bracket: the phrase before k is its subject. */
export function verbFollows(tokens: readonly DocToken[], k: number, end: number): boolean {
  const start = k;
  if (tokens[k]?.normal === '(') {
    const close = findToken(tokens, k + 1, Math.min(end, k + MAX_ASIDE), ')');
    if (close < 0) return false;
    k = close + 1;
  }
  if (tokens[k]?.normal === ',') {
    const close = findToken(tokens, k + 1, Math.min(end, k + MAX_ASIDE), ',');
    if (close < 0) return false;
    k = close + 1;
  }
  // "Smith, who ..., said": a relative clause after the subject; its verb is not the subject's, but the subject is one.
  if (tokens[k]?.normal === 'who') return true;
  while (k < end && SKIPPABLE.has(tokens[k]!.pos)) k++;
  return k < end && (VERBAL.has(tokens[k]!.pos) || (k === start && presentVerbAsNoun(tokens, k)));
}

function findToken(tokens: readonly DocToken[], from: number, to: number, normal: string): number {
  for (let i = from; i < to; i++) if (tokens[i]!.normal === normal) return i;
  return -1;
}

/** Each token's clause, numbered within its sentence, and whether that clause is an infinitive ("to help him"). */
export interface Clauses {
  of: Int32Array;
  infinitive: Uint8Array;
}

/**
 * The clause of every token of the document, numbered within its sentence: a new clause opens at a
 * subordinator or relative ("that", "who", "because"), a semicolon or colon, an infinitive ("asked
 * her to help him": "him" is in the clause of "help"), and a coordinator that brings its own subject
 * ("Smith left and Jones stayed"). A coordinated verb ("Smith arrived and greeted him") and a
 * participle ("Smith beat Jones, defeating him") share their subject's clause, as they share its
 * subject: "him" is not Smith in either.
 */
export function clauses(doc: AnalysedDocument): Clauses {
  const of = new Int32Array(doc.tokens.length);
  const infinitive = new Uint8Array(doc.tokens.length);
  const tokens = doc.tokens;
  for (const { first, end } of doc.sentenceTokens) {
    let clause = 0;
    let toVerb = false;
    // A subordinate clause or participle phrase that opens the sentence ends at its comma ("When Smith
    // arrived, Jones greeted him"), once it has its verb ("When Dr. Bell, the head of the school,
    // spotted her" is one clause).
    let subordinate = false;
    let verb = false;
    for (let i = first; i < end; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      const subordinator = CLAUSE_OPENERS.has(t.normal) && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'ADV' || t.normal === 'that');
      const infinitiveOpens = t.normal === 'to' && next?.pos === 'VERB';
      const opens = subordinator || infinitiveOpens
        || (t.pos === 'CCONJ' && ownSubject(tokens, i + 1, end))
        || t.normal === ';' || t.normal === ':' || t.normal === '"' || t.normal === '\u201c'
        || (t.normal === ',' && subordinate && verb);
      if (opens) {
        clause++;
        subordinate = subordinator && clause === 1 && i <= first + 1;
        toVerb = infinitiveOpens;
        verb = false;
      } else if (i === first && t.pos === 'VERB') {
        // "Having left the firm, Smith ...", "Named after her aunt, she ...": an opening participle phrase.
        subordinate = true;
        verb = true;
      } else if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
      of[i] = clause;
      infinitive[i] = toVerb ? 1 : 0;
    }
  }
  return { of, infinitive };
}

/** After "and", "but": a phrase and then a verb within a few words, not a verb straight away. */
function ownSubject(tokens: readonly DocToken[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'ADJ') return false;
  for (let i = k + 1; i < Math.min(end, k + 7); i++) {
    const u = tokens[i]!;
    if (u.pos === 'VERB' || u.pos === 'AUX' || (tokens[i - 1]!.pos === 'PROPN' && presentVerbAsNoun(tokens, i))) return true;
    if (u.pos === 'ADP' || u.pos === 'PUNCT' || u.pos === 'CCONJ') return false;
  }
  return false;
}

/** Whether the phrase opens its sentence with a fronted adjunct: "In his first season, Smith ...", "When she left, Jones ...". */
export function inFrontedAdjunct(tokens: readonly DocToken[], at: number, sentenceFirst: number): boolean {
  let k = sentenceFirst;
  // "Shortly after she arrived, ...", "Early in his career, ...": an adverb may come first,
  // and a sentence adverb with its comma ("Afterward, in his speech, Smith ...").
  if (tokens[k]?.pos === 'ADV' && !CLAUSE_OPENERS.has(tokens[k]!.normal)) k++;
  if (k > sentenceFirst && tokens[k]?.normal === ',') k++;
  const opener = tokens[k];
  if (!opener || !(opener.pos === 'ADP' || opener.pos === 'SCONJ' || CLAUSE_OPENERS.has(opener.normal) || opener.pos === 'VERB')) return false;
  for (let i = k; i < at; i++) if (tokens[i]!.normal === ',') return false;
  return true;
}
