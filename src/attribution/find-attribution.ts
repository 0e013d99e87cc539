/**
 * Finds the cue and the speaker phrase of one quotation, in the text around it:
 * after it ("...," the social network wrote; "...," notes the microblogging site), or before it
 * (Twitter also said in its report that "..."; Twitter "respectfully asks ..."; He said: "...").
 */
import { DOCUMENT_NOUNS } from '../resolution/words.js';
import { sentenceAt, tokensIn, type AnalysedDocument, type DocToken } from '../document/analyse.js';
import type { Quote } from '../types.js';
import { cueBefore, isQuoteCue, isStrongSpeechCue } from './cues.js';
import { QUANTIFIERS } from './cue-words.js';
import { clauseSubject, openingQuantifier, phraseAfter, phraseBefore, settingEnd, subjectBefore, type Phrase } from './noun-phrase.js';
import { TITLES } from '../entities/lexicon.js';

export interface Attribution {
  /** Speaker phrase offsets, or null when the cue has no subject of its own (passive, participle). */
  speaker: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
  /** Where the attribution sits. */
  side: 'after' | 'before';
  /** Offset just past the attribution, to tell a split quote's second half. */
  end: number;
  /** The cue's participle ("adding") takes the subject of the cue before it. */
  inherits: boolean;
  /** No cue: a name next to the quote, taken as its speaker for want of better. */
  guess?: boolean;
}

const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
/** How far back from a quote a cue may stand, in tokens of the same sentence ("Rhodes noted that ... "we're ..."). */
const BACK_WINDOW = 40;

/** After the closing mark, up to the sentence's end or the next quote. */
export function attributionAfter(doc: AnalysedDocument, q: Quote, limit: number): Attribution | null {
  const last = q.fragments.at(-1)!.content.text;
  const dash = /^[ \t]*-{1,2}[ \t]*/.exec(doc.norm.slice(q.end, limit));
  if (dash) return dashAttribution(doc, q.end + dash[0].length, limit);
  // The attribution ends with the sentence that holds the first word after the mark ("said former
  // Rep. George Miller." must not stop at "Rep.").
  const firstWord = q.end + (doc.norm.slice(q.end, limit).search(/\S/) + 1 || 1) - 1;
  const end = Math.min(limit, sentenceAt(doc, firstWord)?.end ?? limit);
  const tokens = withNames(doc, withoutAsides(tokensIn(doc, q.end, end)).filter((t) => t.pos !== 'PUNCT' || t.normal === ','));
  while (tokens[0]?.normal === ',') tokens.shift();
  // "..., as Cruz said on Monday": the subordinator is not part of the speaker.
  if (tokens[0]?.normal === 'as' && tokens.length > 2) tokens.shift();
  if (!tokens.length) return null;
  // After a quote that closed its own sentence, only a lower-case attribution belongs to it.
  if (/[.]$/.test(last) && writtenCase(doc, tokens[0]!) === 'upper' && tokens[0]!.pos !== 'PROPN') return null;

  // A quote that ended its own sentence takes only a short attribution that ends the sentence too
  // ("We lost." T-shirts quickly appeared in front of ... is a new sentence, not an attribution).
  const closed = /[.!?]$/.test(last);
  const first = tokens[0]!;
  // "...," according to the Las Vegas Sun.
  if (first.normal === 'according' && tokens[1]?.normal === 'to') {
    const np = phraseAfter(tokens, 2);
    return np ? make(tokens, np, 0, 1, 'after') : null;
  }
  if (isQuoteCue(first) || (first.pos === 'NOUN' && isQuoteCue({ ...first, pos: 'VERB' }))) {
    const np = phraseAfter(tokens, 1) ?? quantifierPhrase(tokens, 1);
    // A lower-case cue cannot open a new sentence, so it attributes the quote however long the
    // speaker's description runs ("This is fantastic!" said Jo Hart of Madison, Ala., who ...).
    const lowerCue = writtenCase(doc, first) === 'lower';
    if (!np || (closed && !lowerCue && tokens.length - np.last > MAX_TAIL)) return null;
    return make(tokens, np, 0, 0, 'after');
  }
  // "..." that border security is working, he said: a clause the quote runs into is not the speaker.
  const np = /^(that|which)$/.test(first.normal) ? null : phraseAfter(tokens, 0) ?? capitalisedWords(doc, tokens);
  if (!np) return closed ? null : sentenceEndAttribution(doc, tokens);
  let k = np.last + 1;
  // "...," Bill Palatucci, general counsel to the transition team, said.
  if (tokens[k]?.normal === ',') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + 16 && t.normal === ',');
    if (close > 0) k = close + 1;
  }
  // "...?" a narrator in the ad asks: a short prepositional phrase between the speaker and the cue.
  if (tokens[k]?.pos === 'ADP') {
    const object = phraseAfter(tokens, k + 1);
    if (object && object.last - k <= MAX_OBJECT && tokens[object.last + 1] && isQuoteCue(tokens[object.last + 1]!)) k = object.last + 1;
  }
  while (k < tokens.length && SKIPPABLE.has(tokens[k]!.pos)) k++;
  // After a quote that ends in a comma ("...," Clinton gushed) any verb in the cue's place is one.
  const open = /[,?!]$/.test(last) && last.split(/\s+/).length >= 3;
  // wink-nlp tags some past tenses there as adjectives ("Toomey fumed"): a word in -ed is the verb.
  if (!tokens[k] || !(isQuoteCue(tokens[k]!) || (open && (tokens[k]!.pos === 'VERB' || (tokens[k]!.pos === 'ADJ' && /ed$/.test(tokens[k]!.normal)))))) {
    return closed ? null : sentenceEndAttribution(doc, tokens);
  }
  const cueEnd = settingEnd(tokens, k);
  // A question or an exclamation cannot go on into the name, so only a full stop limits the tail
  // ("Why was that money sitting in the bank?" Mr. Clyburn said, echoing many Democrats ...).
  if (/[.]$/.test(last) && tokens.length - cueEnd > MAX_TAIL) return null;
  return make(tokens, np, k, cueEnd, 'after');
}

/** Tokens a bracketed aside may hold: "(R-Fla.)", "(pictured)", "(D-N.Y.)". */
const MAX_ASIDE = 8;

/**
 * The tokens without short bracketed asides: "said Sen. Jane Roe (R-Fla.) on Saturday" reads as "said
 * Sen. Jane Roe on Saturday", so the speaker is the name, not the name and half its bracket.
 */
function withoutAsides(tokens: DocToken[]): DocToken[] {
  const out: DocToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.normal === '(') {
      const close = tokens.findIndex((t, k) => k > i && k <= i + MAX_ASIDE && t.normal === ')');
      if (close > 0) {
        i = close;
        continue;
      }
    }
    out.push(tokens[i]!);
  }
  return out;
}

/**
 * wink-nlp tags first names that are also words as auxiliaries or verbs ("Will Doyle", "Ai Jun",
 * "Mark Cuban"): a capitalised one right before a proper noun is part of the name here, unless it is
 * a cue ("Said Tom Ellis: ...").
 */
function withNames(doc: AnalysedDocument, tokens: DocToken[]): DocToken[] {
  let out: DocToken[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.pos === 'AUX' || (t.pos === 'VERB' && !isQuoteCue(t))) && tokens[i + 1]!.pos === 'PROPN' && writtenCase(doc, t) === 'upper') {
      out ??= tokens.slice();
      out[i] = { ...t, pos: 'PROPN' };
    }
  }
  return out ?? tokens;
}

/** How a token's first letter is written in the input: an ASCII capital, an ASCII lower-case letter, or neither. */
function writtenCase(doc: AnalysedDocument, t: DocToken): 'upper' | 'lower' | 'other' {
  const code = doc.text.charCodeAt(t.start);
  return code >= 65 && code <= 90 ? 'upper' : code >= 97 && code <= 122 ? 'lower' : 'other';
}

/** Capitalised words a name after a closing mark may hold when the tagger read it as a word ("Ward said"). */
const MAX_NAME_WORDS = 3;

/**
 * "...," Ward said: right after a closing mark, capitalised words that wink-nlp tagged as a verb or
 * an adjective (names that are also words: Ward, Blunt, Young) are the speaker's name when a cue
 * follows them; the caller checks the cue.
 */
function capitalisedWords(doc: AnalysedDocument, tokens: DocToken[]): Phrase | null {
  let j = 0;
  while (j < Math.min(tokens.length, MAX_NAME_WORDS) && tokens[j]!.pos !== 'PRON' && tokens[j]!.pos !== 'DET' && writtenCase(doc, tokens[j]!) === 'upper') j++;
  return j > 0 ? { first: 0, last: j - 1 } : null;
}

/** Words a sentence may run on after a quote before its attribution: "..." for Clinton, said Kunin. */
const MAX_CONTINUATION = 30;

/**
 * "..." but to take the lead in advertising, says Evan Tracey, a consultant: a quote that does not
 * close its sentence, the sentence going on past it, and the attribution after a comma at its end:
 * an inverted cue and a name, or a name and a cue with no more than a short tail.
 */
function sentenceEndAttribution(doc: AnalysedDocument, tokens: DocToken[]): Attribution | null {
  for (let c = 1; c < Math.min(tokens.length - 1, MAX_CONTINUATION); c++) {
    if (tokens[c]!.normal !== ',') continue;
    if (isQuoteCue(tokens[c + 1]!)) {
      const np = phraseAfter(tokens, c + 2);
      if (np && tokens[np.last]!.pos !== 'PRON') return make(tokens, np, c + 1, c + 1, 'after');
      continue;
    }
    const np = phraseAfter(tokens, c + 1);
    if (!np || /^(which|who|that|what)$/.test(tokens[np.first]!.normal)) continue;
    let k = np.last + 1;
    while (k < tokens.length && SKIPPABLE.has(tokens[k]!.pos)) k++;
    if (!tokens[k] || !isQuoteCue(tokens[k]!)) continue;
    const cueEnd = settingEnd(tokens, k);
    if (tokens.length - cueEnd > MAX_TAIL) continue;
    return make(tokens, np, k, cueEnd, 'after');
  }
  return null;
}

/** "...," said another / said one of two witnesses: a quantifier as the speaker, with its "of" phrase. */
function quantifierPhrase(tokens: DocToken[], i: number): Phrase | null {
  if (!QUANTIFIERS.has(tokens[i]?.normal ?? '')) return null;
  if (tokens[i + 1]?.normal === 'of') {
    const group = phraseAfter(tokens, tokens[i + 2]?.pos === 'NUM' ? i + 3 : i + 2);
    if (group) return { first: i, last: group.last };
  }
  return { first: i, last: i };
}

/** Words of a prepositional phrase between a speaker and the cue after a quote. */
const MAX_OBJECT = 5;

/** Words an attribution may run on after its cue when the quote closed its own sentence. */
const MAX_TAIL = 8;

/** Before the opening mark, back to the sentence start or the previous quote. */
export function attributionBefore(doc: AnalysedDocument, q: Quote, from: number): Attribution | null {
  // After a colon or comma the attribution is in the clause before, even where a splitter started a
  // new sentence at the mark.
  let back = q.start - 1;
  while (back > 0 && /\s/.test(doc.norm[back]!)) back--;
  const sentence = sentenceAt(doc, /[:,]/.test(doc.norm[back] ?? '') ? back : q.start);
  const start = Math.max(from, sentence ? doc.datelineEnds[sentence.index]! : q.start);
  const tokens = withNames(doc, tokensIn(doc, start, q.start));
  if (!tokens.length) return null;
  const headline = headlineSpeaker(tokens);
  if (headline) return { ...headline, end: q.start };
  let firstCue: Attribution | null = null;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - BACK_WINDOW); k--) {
    const t = tokens[k]!;
    if (t.normal === 'according' && tokens[k + 1]?.normal === 'to') {
      const np = phraseAfter(tokens, k + 2);
      if (np) return { ...make(tokens, np, k, k + 1, 'before'), end: q.start };
    }
    // Before a quote only reliable cues count: "would make her "a third term"" is not attributed by "make".
    const cue = cueBefore(tokens, k);
    if (!cue) continue;
    const inverted = invertedOpening(tokens, k);
    if (inverted) return { ...make(tokens, inverted, k, k, 'before'), end: q.start };
    let j = k - 1;
    if (tokens[j]?.pos === 'AUX' && /^(be|get)$/.test(tokens[j]!.lemma) && !/ing$/.test(t.normal)) {
      // Passive ("the bio is quoted:"): the subject is what was said, not who said it. "was referring"
      // is progressive, not passive: its subject speaks. A document as that subject leads to whoever
      // issued it ("the bio of the account is quoted": the account speaks, through its bio).
      const said = documentBefore(tokens, j - 1);
      if (said) return { ...make(tokens, said, j, k, 'before'), end: q.start };
      return { speaker: null, cue: { start: tokens[j]!.start, end: t.end }, side: 'before', end: q.start, inherits: false };
    }
    while (j >= 0 && SKIPPABLE.has(tokens[j]!.pos) && !openingQuantifier(tokens, j)) j--;
    // "a decision to travel to Washington to deliver the speech": an infinitive with no verb before
    // its "to" has no subject here ("Washington" is not one).
    const verbStart = catenativeStart(tokens, k, j);
    if (tokens[k - 1]?.normal === 'to' && verbStart === j) continue;
    j = verbStart;
    const np = participleSubject(tokens, k, j) ?? subjectBefore(tokens, j);
    // "Bush said history has shown the need ...": a subject that cannot speak yields to a cue further back.
    if (np && !canSpeak(tokens, np) && k > 0 && firstCue === null) {
      firstCue = { ...make(tokens, np, k, cue.last > k ? cue.last : settingEnd(tokens, k), 'before'), end: q.start };
      continue;
    }
    if (np) {
      // "She said that her campaign would continue "to ..."": a weaker cue in a speech verb's complement
      // belongs to the reported clause; the speech verb further back attributes the quote.
      const outer = isStrongSpeechCue(t) ? null : outerSpeechCue(tokens, np.first);
      if (outer) return { ...outer, end: q.start };
      return { ...make(tokens, np, k, cue.last > k ? cue.last : settingEnd(tokens, k), 'before'), end: q.start };
    }
    // "Trump put in $10 million, adding that ...": a participle or second verb speaks for the sentence's subject.
    const inherits = tokens[j]?.normal === ',' || tokens[j]?.normal === 'and' || tokens[j]?.normal === 'but' || /ing$/.test(t.normal);
    const head = inherits ? clauseSubject(tokens, k) : null;
    if (head && head.last < k && canSpeak(tokens, head)) return { ...make(tokens, head, k, cue.last, 'before'), end: q.start };
    return { speaker: null, cue: { start: t.start, end: tokens[cue.last]!.end }, side: 'before', end: q.start, inherits };
  }
  if (firstCue) return firstCue;
  // A headline's "Graham: "..."": a short phrase opening the sentence, then a colon.
  if (tokens.at(-1)?.normal === ':' && tokens.length <= 7) {
    const np = phraseAfter(tokens, 0);
    if (np && np.last === tokens.length - 2) {
      const colon = tokens.at(-1)!;
      return { speaker: { start: tokens[0]!.start, end: tokens[np.last]!.end }, cue: { start: colon.start, end: colon.end }, side: 'before', end: q.start, inherits: false };
    }
  }
  // No cue: a name right before the mark, at the head of its clause, speaks: Twitter "asks ...".
  const np = phraseBefore(tokens, tokens.length - 1);
  if (np && tokens[np.last]!.pos === 'PROPN' && (np.first === 0 || tokens[np.first - 1]!.normal === ',')) {
    return { speaker: { start: tokens[np.first]!.start, end: tokens[np.last]!.end }, cue: null, side: 'before', end: q.start, inherits: false, guess: true };
  }
  return null;
}

/**
 * "Said Ellis: "..."", "Added the senator, "..."": a cue that opens the sentence, then the speaker,
 * then the mark. Only when the phrase runs up to the colon or comma before the quote.
 */
function invertedOpening(tokens: DocToken[], k: number): Phrase | null {
  if (k !== 0 || !/^[:,]$/.test(tokens.at(-1)?.normal ?? '')) return null;
  const np = phraseAfter(tokens, 1);
  return np && np.last === tokens.length - 2 ? np : null;
}

/** A headline's speaker is a short name: "Graham: ...", "Gov. Jane Roe on the budget: ...". */
const HEADLINE_NAME = 5;

/**
 * A headline's "Graham: Trump's 'hateful rhetoric' hurts GOP": a short name opens the sentence and a
 * colon follows it; everything after the colon, quoted words included, is that person's. "X on Y: "...""
 * names the topic between the name and the colon. The name outranks a cue after the colon.
 */
function headlineSpeaker(tokens: DocToken[]): Attribution | null {
  const np = phraseAfter(tokens, 0);
  if (!np || np.last >= HEADLINE_NAME || tokens[np.last]!.pos !== 'PROPN') return null;
  const next = tokens[np.last + 1];
  const colon = next?.normal === ':' ? np.last + 1 : next?.normal === 'on' && tokens.at(-1)!.normal === ':' ? tokens.length - 1 : -1;
  if (colon < 0) return null;
  const speaker = { start: tokens[0]!.start, end: tokens[np.last]!.end };
  return { speaker, cue: { start: tokens[colon]!.start, end: tokens[colon]!.end }, side: 'before', end: speaker.end, inherits: false };
}

/** A strong speech cue with a speaking subject before tokens[before], with nothing but its complement between. */
function outerSpeechCue(tokens: DocToken[], before: number): Attribution | null {
  for (let k = before - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (t.normal === ';' || t.normal === ':') return null;
    if (!isStrongSpeechCue(t)) continue;
    let j = k - 1;
    while (j >= 0 && SKIPPABLE.has(tokens[j]!.pos) && !openingQuantifier(tokens, j)) j--;
    const np = subjectBefore(tokens, j);
    return np && canSpeak(tokens, np) ? make(tokens, np, k, settingEnd(tokens, k), 'before') : null;
  }
  return null;
}

/**
 * Who can speak: a name, a pronoun, or a noun for people or bodies. "history", "tweets" or "the
 * plan" cannot, so their verb ("has shown") is not the quote's cue.
 */
/** Words back from a passive cue that its subject may span: "the bio of the account". */
const DOCUMENT_REACH = 8;

/**
 * The subject ending at tokens[last] when a document heads it: "the bio of the account", "her
 * statement", from the document's determiner to `last`. Null when it stops at a verb or mark first.
 */
function documentBefore(tokens: DocToken[], last: number): Phrase | null {
  for (let i = last; i >= Math.max(0, last - DOCUMENT_REACH); i--) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ') return null;
    if (t.pos === 'NOUN' && DOCUMENT_NOUNS.has(t.lemma.toLowerCase()) && (i === last || tokens[i + 1]!.pos === 'ADP')) {
      let first = i;
      while (first > 0 && tokens[first - 1]!.pos === 'ADJ') first--;
      if (first > 0 && /^(DET|PRON)$/.test(tokens[first - 1]!.pos)) first--;
      return { first, last };
    }
  }
  return null;
}

function canSpeak(tokens: DocToken[], np: Phrase): boolean {
  const head = tokens[np.last]!;
  return head.pos === 'PROPN' || head.pos === 'PRON' || head.type === 'mention' || SPEAKING_NOUNS.test(head.lemma) || QUANTIFIERS.has(head.normal);
}

const SPEAKING_NOUNS = /^(official|spokes(man|woman|person)|lawyer|attorney|campaign|aide|adviser|advisor|president|senator|governor|mayor|leader|member|candidate|voter|critic|supporter|opponent|expert|analyst|economist|source|people|resident|group|company|firm|government|administration|agency|department|committee|party|statement|report|poll|survey|study|survey|newspaper|editorial|ad|paper|court|judge|police|prosecutor|minister|chairman|chairwoman|director|executive|founder|chief|secretary|representative|delegate|activist|protester|woman|man|student|teacher|worker|employee|manager|owner|author|writer|reporter|editor|host|friend|father|mother|son|daughter|wife|husband|officer|authority|authorities|union|council|board|team|coach|player|organization|organisation|network|outlet|site|account|user|administration)$/;

/**
 * "She went on to say:", "He tried to call ...": a cue in the infinitive after a verb (and its
 * particle) speaks for that verb's subject. Returns where to look for the subject: before that verb,
 * or `j` unchanged.
 */
function catenativeStart(tokens: DocToken[], k: number, j: number): number {
  if (tokens[k - 1]?.normal !== 'to') return j;
  let m = j;
  if (tokens[m]?.pos === 'ADP' && tokens[m - 1]?.pos === 'VERB') m--;
  if (tokens[m]?.pos !== 'VERB') return j;
  m--;
  while (m >= 0 && SKIPPABLE.has(tokens[m]!.pos)) m--;
  return m;
}

/**
 * A participle cue ("responded on Facebook writing, "...") speaks for the clause's subject, not the
 * object of the preposition before it: the sentence's first phrase.
 */
function participleSubject(tokens: DocToken[], k: number, j: number): Phrase | null {
  if (!/ing$/.test(tokens[k]!.normal)) return null;
  const before = phraseBefore(tokens, j);
  if (!before || tokens[before.first - 1]?.pos !== 'ADP') return null;
  const first = clauseSubject(tokens, k);
  return first && canSpeak(tokens, first) ? first : null;
}

/** "..." - Commissioner Jane Roe: a name after a dash signs the quote; titles are not the name. */
function dashAttribution(doc: AnalysedDocument, from: number, limit: number): Attribution | null {
  const tokens = tokensIn(doc, from, limit);
  let i = 0;
  while (tokens[i] && TITLES.has(tokens[i]!.normal)) i++;
  let j = i;
  while (tokens[j] && tokens[j]!.pos === 'PROPN') j++;
  if (j === i || (tokens[j] && tokens[j]!.normal !== ',' && tokens[j]!.pos !== 'PUNCT')) return null;
  const speaker = { start: tokens[i]!.start, end: tokens[j - 1]!.end };
  return { speaker, cue: null, side: 'after', end: speaker.end, inherits: false };
}

function make(tokens: DocToken[], np: Phrase, cueFirst: number, cueLast: number, side: 'after' | 'before'): Attribution {
  const speaker = { start: tokens[np.first]!.start, end: tokens[np.last]!.end };
  const cue = { start: tokens[cueFirst]!.start, end: tokens[cueLast]!.end };
  return { speaker, cue, side, end: Math.max(speaker.end, cue.end), inherits: false };
}
