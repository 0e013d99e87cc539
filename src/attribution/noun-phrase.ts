/**
 * Noun phrases next to a cue, read off wink-nlp's part-of-speech tags: the speaker before a cue
 * ("the social network wrote") or after an inverted one ("notes the microblogging site").
 */
import type { DocToken } from '../document/analyse.js';
import { QUANTIFIERS } from './cue-words.js';

const INSIDE = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'PART']);
const HEAD = new Set(['PROPN', 'NOUN', 'PRON']);
/** Nouns for a person who speaks for someone else: "a spokeswoman for the ACLU". */
const AGENT_NOUNS = /^(spokes(man|woman|person)|official|officials|lawyer|lawyers|attorney|attorneys|representative|representatives|director|head|chief|member|members|leader|leaders|president|secretary|counsel|aide|aides|executive|chairman|chairwoman|founder|analyst|analysts|expert|experts|professor|minister|adviser|advisor|staff|source|sources|ceo)$/;

export interface Phrase {
  first: number;
  last: number;
}

function isNominal(t: DocToken): boolean {
  return INSIDE.has(t.pos) || t.type === 'mention' || t.type === 'hashtag';
}

/**
 * A participle used as an adjective inside a phrase: "the microblogging site", "the embattled firm".
 * Not right after a noun: there it is the verb of a clause ("Clinton claimed victory").
 */
function isModifier(tokens: DocToken[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1]?.pos;
  return t.pos === 'VERB' && /(ing|ed)$/.test(t.normal) && before !== 'PROPN' && before !== 'NOUN' &&
    tokens[j + 1] !== undefined && (tokens[j + 1]!.pos === 'NOUN' || tokens[j + 1]!.pos === 'PROPN');
}

/** The noun phrase that starts at tokens[i], or null. */
export function phraseAfter(tokens: DocToken[], i: number): Phrase | null {
  let j = i;
  if (tokens[j]?.pos === 'PRON') return { first: j, last: j };
  if (tokens[j]?.pos === 'DET') j++;
  let last = -1;
  while (j < tokens.length && (isNominal(tokens[j]!) || isModifier(tokens, j))) {
    if (HEAD.has(tokens[j]!.pos) || tokens[j]!.type === 'mention') last = j;
    j++;
  }
  if (last < 0) return null;
  // "a spokeswoman for the ACLU": an agent noun takes its organisation along.
  if (AGENT_NOUNS.test(tokens[last]!.normal) && /^(for|of|at)$/.test(tokens[last + 1]?.normal ?? '')) {
    const tail = phraseAfter(tokens, last + 2);
    if (tail) last = tail.last;
  }
  return { first: i, last };
}

/**
 * A quantifier that opens its clause ("Most said", "; most said"), which wink may tag as an adverb:
 * the subject, not a modifier of the verb ("He most often said").
 */
export function openingQuantifier(tokens: readonly DocToken[], j: number): boolean {
  if (!QUANTIFIERS.has(tokens[j]?.normal ?? '')) return false;
  const before = tokens[j - 1];
  return !before || /^[,;:]$/.test(before.normal) || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** The noun phrase that ends at tokens[j] (walking back), or null. */
export function phraseBefore(tokens: DocToken[], j: number): Phrase | null {
  const t = tokens[j];
  if (!t) return null;
  // "Another said", "Most said": a quantifier standing alone is the phrase.
  if (QUANTIFIERS.has(t.normal) && t.pos !== 'NOUN' && t.pos !== 'PROPN') return { first: j, last: j };
  if (t.normal === ')') return nameBeforeParenthetical(tokens, j);
  // "Cruz himself said": the intensifier stands after the name it marks.
  if (/^(himself|herself|itself|themselves)$/.test(t.normal) && j > 0 && tokens[j - 1]!.pos === 'PROPN') return phraseBefore(tokens, j - 1);
  if (t.pos === 'PRON') return /^(it|he|she|they|we|i|you)$/.test(t.normal) ? { first: j, last: j } : null;
  if (!(HEAD.has(t.pos) || t.type === 'mention')) return null;
  let i = j;
  while (i > 0 && (isNominal(tokens[i - 1]!) || isModifier(tokens, i - 1))) i--;
  // "a spokeswoman for the ACLU said": walk over the organisation to the agent noun.
  if (i >= 2 && /^(for|of|at)$/.test(tokens[i - 1]!.normal) && AGENT_NOUNS.test(tokens[i - 2]!.normal)) {
    const head = phraseBefore(tokens, i - 2);
    if (head) i = head.first;
  }
  if (i > 0 && tokens[i - 1]!.pos === 'DET') i--;
  return { first: i, last: j };
}

/** Tokens a parenthesis after a name may hold: "(R-Fla.)", "(D-N.Y.)", "(Tex.)". */
const MAX_PARENTHETICAL = 8;

/** "Sen. Marco Rubio (R-Fla.) said": the name before a short parenthesis, without it (as after a quote: see withoutAsides). */
function nameBeforeParenthetical(tokens: DocToken[], close: number): Phrase | null {
  for (let k = close - 1; k >= Math.max(1, close - MAX_PARENTHETICAL); k--) {
    if (tokens[k]!.normal !== '(') continue;
    const name = phraseBefore(tokens, k - 1);
    return name && tokens[name.last]!.pos === 'PROPN' ? name : null;
  }
  return null;
}

/**
 * "Anthony Romero, the ACLU's executive director, said": when a comma ends the phrase before a cue,
 * the speaker is the name before the apposition.
 */
export function speakerBeforeApposition(tokens: DocToken[], comma: number): Phrase | null {
  // An apposition is nominal ("the ACLU's executive director"); a relative clause opens with who/which.
  let relative = false;
  for (let k = comma - 1; k >= Math.max(0, comma - 30); k--) {
    const t = tokens[k]!;
    if (t.normal === ',') {
      const name = phraseBefore(tokens, k - 1);
      // "Clinton, during a meeting in Columbus, Ohio, said": a name after a preposition belongs to
      // the aside; the subject is further back.
      if (name && !relative && tokens[name.first - 1]?.pos === 'ADP') continue;
      if (name && (tokens[name.last]!.pos === 'PROPN' || relative)) return name;
      // "her senior policy adviser, Jake Sullivan, said": a description first, the name in apposition.
      const apposition = relative ? null : phraseBefore(tokens, comma - 1);
      return name && apposition && apposition.first === k + 1 && tokens[apposition.last]!.pos === 'PROPN' ? apposition : null;
    }
    if (/^(who|which|whose)$/.test(t.normal) && tokens[k - 1]?.normal === ',') relative = true;
    else if (relative) continue;
    // "Patel, speaking at a rally in Dayton, said": a participle after a comma opens an aside.
    else if (t.pos === 'VERB' && /ing$/.test(t.normal) && tokens[k - 1]?.normal === ',') continue;
    else if (!isNominal(t) && !['DET', 'ADP', 'CCONJ', 'PUNCT', 'PRON'].includes(t.pos)) {
      // Not nominal: it may still be a relative clause, found when its "who" comes up.
      relative = tokens.slice(Math.max(0, comma - 30), k).some((x, i, a) => /^(who|which)$/.test(x.normal) && a[i - 1]?.normal === ',');
      if (!relative) return null;
    }
  }
  return null;
}

/**
 * The subject of a verb whose preceding token is tokens[j]: the phrase before it, the name before an
 * apposition or relative clause ("Small, who attended the rally, said"), or, for a second verb joined
 * by "and" ("Carson spoke and called ..."), the sentence's first phrase when it is a name.
 */
export function subjectBefore(tokens: DocToken[], j: number): Phrase | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.normal === ',') return speakerBeforeApposition(tokens, j);
  // "Franklin Graham, who has vowed": the relative pronoun stands for the name it follows.
  if (t.normal === 'who' && j > 0 && (tokens[j - 1]!.normal === ',' || tokens[j - 1]!.pos === 'PROPN')) return { first: j, last: j };
  if (t.normal === 'and') {
    const first = clauseSubject(tokens, j);
    return first && (tokens[first.last]!.pos === 'PROPN' || tokens[first.last]!.pos === 'PRON') ? first : null;
  }
  const np = phraseBefore(tokens, j);
  // "Twitter with such incidents reminds us": a phrase after a preposition is its object, not the
  // verb's subject, which is the phrase before the preposition. ("A spokeswoman for the ACLU" and
  // "the head of the agency" are handled in phraseBefore: there the organisation speaks.)
  // A possessive may stand between the preposition and its object: "with its new filing".
  const at = np ? np.first - (/^(its|their|his|her|our|my|your)$/.test(tokens[np.first - 1]?.normal ?? '') ? 2 : 1) : -1;
  const adp = tokens[at];
  if (np && adp?.pos === 'ADP' && !/^(of|for|at)$/.test(adp.normal)) {
    const head = phraseBefore(tokens, at - 1);
    if (head && SUBJECT_HEAD.has(tokens[head.last]!.pos)) return head;
  }
  return np;
}

/** What may head the subject before a prepositional phrase. */
const SUBJECT_HEAD = new Set(['PROPN', 'PRON', 'NOUN']);

/** Commas before a sentence's subject: "On Tuesday, in Iowa, Smith said ..." opens with two setting phrases. */
const MAX_OPENERS = 2;

/**
 * The subject of the sentence's main clause, ending before tokens[before] (the cue): the first phrase that a
 * verb follows (over adverbs, auxiliaries and one apposition). An opening setting or participial
 * phrase ("On Tuesday, Gov. Smith endorsed her, citing ..."; "Continuing, Smith rejected ..., saying")
 * is skipped up to its comma, so a participle or second verb speaks for the real subject.
 */
export function clauseSubject(tokens: DocToken[], before: number): Phrase | null {
  const start = tokens[0]?.pos === 'CCONJ' ? 1 : 0;
  let i = start;
  for (let opener = 0; opener <= MAX_OPENERS && i < before; opener++) {
    const np = phraseAfter(tokens, i);
    if (np && np.last < before && verbFollows(tokens, np.last + 1, before)) return np;
    const comma = tokens.findIndex((t, k) => k >= i && k < before && t.normal === ',');
    if (comma < 0) break;
    i = comma + 1;
  }
  // No phrase with its verb found (the tagger missed it, or a long subject): the first phrase, as before.
  const first = phraseAfter(tokens, start);
  return first && first.last < before ? first : null;
}

/** A verb at tokens[k], at most at `before`, after adverbs, auxiliaries or one comma-bounded apposition ("Smith, 70, said"). */
function verbFollows(tokens: DocToken[], k: number, before: number): boolean {
  if (tokens[k]?.normal === ',') {
    // "Smith, noting that ..., added": the participle cue right after the subject's comma.
    if (k + 1 === before) return true;
    const close = tokens.findIndex((t, x) => x > k && x < before && x <= k + 16 && t.normal === ',');
    if (close < 0) return false;
    k = close + 1;
  }
  while (k < before && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k++;
  // The verb may be the cue itself ("Smith, at a press gaggle, said").
  return k <= before && tokens[k]?.pos === 'VERB';
}

/**
 * "said in an emailed statement": the index of the last token of a setting phrase ("in/on/via ...
 * noun") right after the cue at tokens[k], or k when there is none.
 */
export function settingEnd(tokens: DocToken[], k: number): number {
  if (!/^(in|on|via|through)$/.test(tokens[k + 1]?.normal ?? '')) return k;
  for (let j = k + 2; j < Math.min(tokens.length, k + 7); j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      if (tokens[j + 1]?.pos !== 'NOUN') return j;
    } else if (!['DET', 'ADJ', 'VERB', 'PRON', 'NUM'].includes(t.pos)) return k;
  }
  return k;
}
