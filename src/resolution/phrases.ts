/**
 * The noun phrases of a document, read once off wink-nlp's part-of-speech tags and the merged
 * entities: names (a mention of an entity, with what stands before it: "Texas Gov. Greg Abbott"),
 * pronouns, and common noun phrases ("the Texas governor", "a statement", "the ACLU's executive
 * director"). A phrase knows its head, its determiner, the phrase that owns it ("the ACLU's", "his")
 * and the tokens that modify it. Token indexes are the document's.
 */
import type { AnalysedDocument, DocToken } from '../document/analyse.js';
import type { Entity, Mention } from '../types.js';
import { presentVerbAsNoun } from './syntax.js';
import { PRONOUNS, RELATIVE_PRONOUNS, type PronounFeatures } from './words.js';

export type PhraseKind = 'name' | 'pronoun' | 'relative' | 'common';
export type Determiner = 'definite' | 'indefinite' | 'demonstrative' | 'possessive' | 'none';

export interface Phrase {
  /** Place in the document's list of phrases. */
  index: number;
  kind: PhraseKind;
  /** First and last token, inclusive. */
  first: number;
  last: number;
  head: number;
  /** Offsets of the phrase without its determiner or owner: what a mention of it spans. */
  start: number;
  end: number;
  sentence: number;
  /** For a name: the entity it names and the mention that names it. */
  entity: Entity | null;
  mention: Mention | null;
  determiner: Determiner;
  /** "the ACLU's executive director": the ACLU; "his wife": his. */
  owner: Phrase | null;
  /** First token of the whole phrase, owner included: where its left context begins. */
  outer: number;
  /** A name inside a longer phrase ("Texas" in "the Texas governor") or a phrase that owns another. */
  nested: boolean;
  pronoun: PronounFeatures | null;
}

const NOMINAL = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Pronouns that only stand as subjects: a verb may follow them ("she rides the bus"), unlike "her plans to". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who']);

/** Name and acronym mentions by the token they start at, with their last token. */
function mentionsByToken(doc: AnalysedDocument, entities: readonly Entity[]): Map<number, { mention: Mention; entity: Entity; last: number }> {
  const out = new Map<number, { mention: Mention; entity: Entity; last: number }>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.form !== 'name' && m.form !== 'acronym') continue;
      const first = doc.tokenIndex.firstStartingFrom(m.start);
      const t = doc.tokens[first];
      if (!t || t.start !== m.start) continue;
      let last = first;
      while (last + 1 < doc.tokens.length && doc.tokens[last + 1]!.end <= m.end) last++;
      // A possessive "'s" is a token of its own, outside the name.
      if (doc.tokens[last]!.end > m.end) continue;
      const prior = out.get(first);
      if (!prior || prior.last < last) out.set(first, { mention: m, entity, last });
    }
  }
  return out;
}

const isPossessiveMark = (t: DocToken | undefined) => t !== undefined && (t.normal === "'s" || t.normal === "'" || t.normal === '\u2019s') && t.pos === 'PART';

/** Parts of speech a verb follows as its subject or auxiliary: "the Assembly elected Carr", "she joined Acme", "has named Smith". */
const BEFORE_A_VERB = new Set(['NOUN', 'PROPN', 'AUX', 'CCONJ']);

/**
 * A participle used as an adjective: "the microblogging site", "the embattled firm". Not a verb
 * right after its subject, an auxiliary or "and": "the Assembly elected Carr", "she joined Acme".
 */
function isModifier(tokens: readonly DocToken[], j: number, end: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (t.pos !== 'VERB' || !/(ing|ed)$/.test(t.normal) || j + 1 >= end || next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
  const before = tokens[j - 1];
  if (before === undefined || before.sentence !== t.sentence) return true;
  if (BEFORE_A_VERB.has(before.pos) || (before.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(before.normal))) return false;
  // Before a name only after a determiner or an owner ("the embattled Smith"): "irritating Archie", "greatly prepared Goodale" are verbs.
  return next.pos === 'NOUN' || before.pos === 'DET' || isPossessiveMark(before) || POSSESSIVE_DETERMINERS.has(before.normal);
}

function determinerOf(t: DocToken | undefined): Determiner {
  if (!t) return 'none';
  if (t.pos === 'DET' || t.pos === 'PRON') {
    if (t.normal === 'the') return 'definite';
    if (t.normal === 'a' || t.normal === 'an') return 'indefinite';
    if (DEMONSTRATIVES.has(t.normal)) return 'demonstrative';
    if (POSSESSIVE_DETERMINERS.has(t.normal)) return 'possessive';
  }
  return 'none';
}

/** Whether tokens [from, to) are all proper nouns. */
function properRun(tokens: readonly DocToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos !== 'PROPN') return false;
  return true;
}

/** Every phrase of the document, in order of their first token (an owner before what it owns). */
export function readPhrases(doc: AnalysedDocument, entities: readonly Entity[]): Phrase[] {
  const names = mentionsByToken(doc, entities);
  const out: Phrase[] = [];
  const tokens = doc.tokens;
  const push = (p: Omit<Phrase, 'index' | 'start' | 'end'>): Phrase => {
    // A description spans its whole phrase, owner included ("the ACLU's executive director"); a name, its mention.
    const start = p.kind === 'common' ? tokens[p.outer]!.start : p.mention ? p.mention.start : tokens[p.first]!.start;
    // One literal with every field in one order (no spread): phrases share one hidden class, and the
    // stage reads them many times over.
    const phrase: Phrase = {
      index: out.length, kind: p.kind, first: p.first, last: p.last, head: p.head, start, end: p.mention ? p.mention.end : tokens[p.last]!.end,
      sentence: p.sentence, entity: p.entity, mention: p.mention, determiner: p.determiner, owner: p.owner, outer: p.outer, nested: p.nested, pronoun: p.pronoun,
    };
    out.push(phrase);
    return phrase;
  };
  for (let s = 0; s < doc.sentenceTokens.length; s++) {
    const { first: from, end } = doc.sentenceTokens[s]!;
    let owner: Phrase | null = null;
    for (let i = from; i < end; ) {
      const t = tokens[i]!;
      const name = names.get(i);
      if (!name && t.pos === 'PRON' && (PRONOUNS.has(t.normal) || RELATIVE_PRONOUNS.has(t.normal))) {
        const features = PRONOUNS.get(t.normal) ?? null;
        const next = tokens[i + 1];
        // "her mother": a possessive before a noun phrase; "told her that": an object.
        const owns = features !== null && (features.case === 'possessive' || t.normal === 'her') && i + 1 < end && next !== undefined && (NOMINAL.has(next.pos) || names.has(i + 1) || isModifier(tokens, i + 1, end));
        const pronoun = features && t.normal === 'her' && owns ? { ...features, case: 'possessive' as const } : features;
        const phrase = push({ kind: features ? 'pronoun' : 'relative', first: i, last: i, head: i, sentence: s, entity: null, mention: null, determiner: 'none', owner: null, outer: i, nested: owns, pronoun });
        owner = owns ? phrase : null;
        i++;
        continue;
      }
      // "Nikki visits the cafe": a verb the tagger read as a noun, right after its subject, starts no phrase.
      const verb = !name && i > from && (tokens[i - 1]!.pos === 'PROPN' || SUBJECT_PRONOUNS.has(tokens[i - 1]!.normal)) && presentVerbAsNoun(tokens, i);
      const starts = !verb && (name !== undefined || t.pos === 'DET' || NOMINAL.has(t.pos) || isModifier(tokens, i, end));
      if (!starts) {
        owner = null;
        i++;
        continue;
      }
      // One run of nominal tokens: a determiner, modifiers and names, up to a head or an owner's "'s".
      const runFirst = i;
      const determiner = owner ? 'possessive' : determinerOf(t);
      let j = t.pos === 'DET' ? i + 1 : i;
      let head = -1;
      const inner: Array<{ mention: Mention; entity: Entity; first: number; last: number }> = [];
      while (j < end) {
        const n = names.get(j);
        if (n) {
          const opens = j === runFirst;
          inner.push({ ...n, first: j });
          head = n.last;
          j = n.last + 1;
          // "Dan senses that ...": a name, then its verb the tagger read as a noun; the run ends at the name.
          if (opens && presentVerbAsNoun(tokens, j)) break;
          continue;
        }
        const u = tokens[j]!;
        // "long-awaited", "vice-president": a hyphen inside a word joins its halves.
        if (u.normal === '-' && j + 1 < end && j > runFirst && tokens[j - 1]!.pos !== 'DET' && tokens[j - 1]!.end === u.start && tokens[j + 1]!.start === u.end) {
          const next = tokens[j + 1]!;
          if (next.pos === 'NOUN' || next.pos === 'PROPN') head = j + 1;
          else if (head === j - 1) head = -1;
          j += 2;
          continue;
        }
        // "Dolly plans a party": after capitalised words alone, a verb the tagger read as a noun ends the run.
        if (head >= 0 && j > runFirst && presentVerbAsNoun(tokens, j) && properRun(tokens, runFirst, j)) break;
        // Modifiers come before the head: an adjective after a noun opens the next phrase ("a statement late Tuesday").
        if (head >= 0 && (u.pos === 'ADJ' || u.pos === 'VERB')) break;
        if (NOMINAL.has(u.pos) || isModifier(tokens, j, end)) {
          if (u.pos !== 'ADJ' && u.pos !== 'VERB') head = j;
          j++;
          continue;
        }
        break;
      }
      if (head < 0) {
        owner = null;
        i = Math.max(j, i + 1);
        continue;
      }
      const last = head;
      const atHead = inner.find((n) => n.last === last);
      for (const n of inner) {
        if (n !== atHead) push({ kind: 'name', first: n.first, last: n.last, head: n.last, sentence: s, entity: n.entity, mention: n.mention, determiner: 'none', owner: null, outer: n.first, nested: true, pronoun: null });
      }
      const owns = isPossessiveMark(tokens[last + 1]);
      // A name with words before it ("Texas Gov. Greg Abbott", "the social network Twitter") keeps them in its outer run.
      const phrase = push({
        kind: atHead ? 'name' : 'common', first: atHead ? atHead.first : runFirst, last, head: last, sentence: s,
        entity: atHead?.entity ?? null, mention: atHead?.mention ?? null, determiner, owner, outer: owner ? owner.outer : runFirst, nested: owns, pronoun: null,
      });
      owner = owns ? phrase : null;
      i = owns ? last + 2 : last + 1;
    }
  }
  return out;
}

/** The tokens before a name inside its run: "Texas Gov." before "Greg Abbott". */
export function premodifiers(p: Phrase): [number, number] | null {
  const from = p.owner ? p.owner.last + 2 : p.outer;
  return p.kind === 'name' && from < p.first ? [from, p.first - 1] : null;
}
