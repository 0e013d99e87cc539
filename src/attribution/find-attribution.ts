/**
 * Finds the cue and the speaker phrase of one quotation, in the text around it:
 * after it ("...," the social network wrote; "...," notes the microblogging site), or before it
 * (Twitter also said in its report that "..."; Twitter "respectfully asks ..."; He said: "...").
 */
import { sentenceAt, tokensIn, type AnalysedDocument, type DocToken } from '../document/analyse.js';
import type { Quote } from '../types.js';
import { isQuoteCue } from './cues.js';
import { phraseAfter, phraseBefore, settingEnd, subjectBefore, type Phrase } from './noun-phrase.js';
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
}

const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);

/** After the closing mark, up to the sentence's end or the next quote. */
export function attributionAfter(doc: AnalysedDocument, q: Quote, limit: number): Attribution | null {
  const last = q.fragments.at(-1)!.content.text;
  const dash = /^[ \t]*-{1,2}[ \t]*/.exec(doc.norm.slice(q.end, limit));
  if (dash) return dashAttribution(doc, q.end + dash[0].length, limit);
  // The attribution ends with the sentence that holds the first word after the mark ("said former
  // Rep. George Miller." must not stop at "Rep.").
  const firstWord = q.end + (doc.norm.slice(q.end, limit).search(/\S/) + 1 || 1) - 1;
  const end = Math.min(limit, sentenceAt(doc, firstWord)?.end ?? limit);
  const tokens = tokensIn(doc, q.end, end).filter((t) => t.pos !== 'PUNCT' || t.normal === ',');
  while (tokens[0]?.normal === ',') tokens.shift();
  if (!tokens.length) return null;
  // After a quote that closed its own sentence, only a lower-case attribution belongs to it.
  if (/[.]$/.test(last) && /^[A-Z]/.test(doc.text.slice(tokens[0]!.start, tokens[0]!.end)) && tokens[0]!.pos !== 'PROPN') return null;

  const first = tokens[0]!;
  if (isQuoteCue(first) || (first.pos === 'NOUN' && isQuoteCue({ ...first, pos: 'VERB' }))) {
    const np = phraseAfter(tokens, 1);
    if (!np) return null;
    return make(tokens, np, 0, 0, 'after');
  }
  const np = phraseAfter(tokens, 0);
  if (!np) return null;
  let k = np.last + 1;
  while (k < tokens.length && SKIPPABLE.has(tokens[k]!.pos)) k++;
  if (!tokens[k] || !isQuoteCue(tokens[k]!)) return null;
  return make(tokens, np, k, settingEnd(tokens, k), 'after');
}

/** Before the opening mark, back to the sentence start or the previous quote. */
export function attributionBefore(doc: AnalysedDocument, q: Quote, from: number): Attribution | null {
  // After a colon or comma the attribution is in the clause before, even where a splitter started a
  // new sentence at the mark.
  let back = q.start - 1;
  while (back > 0 && /\s/.test(doc.norm[back]!)) back--;
  const sentence = sentenceAt(doc, /[:,]/.test(doc.norm[back] ?? '') ? back : q.start);
  const start = Math.max(from, sentence ? sentence.start : q.start);
  const tokens = tokensIn(doc, start, q.start);
  if (!tokens.length) return null;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 16); k--) {
    const t = tokens[k]!;
    if (t.normal === 'according' && tokens[k + 1]?.normal === 'to') {
      const np = phraseAfter(tokens, k + 2);
      if (np) return { ...make(tokens, np, k, k + 1, 'before'), end: q.start };
    }
    if (!isQuoteCue(t)) continue;
    let j = k - 1;
    if (tokens[j]?.pos === 'AUX' && /^(be|get)$/.test(tokens[j]!.lemma)) {
      // Passive ("the bio is quoted:"): the subject is what was said, not who said it.
      return { speaker: null, cue: { start: tokens[j]!.start, end: t.end }, side: 'before', end: q.start, inherits: false };
    }
    while (j >= 0 && SKIPPABLE.has(tokens[j]!.pos)) j--;
    const np = subjectBefore(tokens, j);
    if (np) return { ...make(tokens, np, k, settingEnd(tokens, k), 'before'), end: q.start };
    return { speaker: null, cue: { start: t.start, end: t.end }, side: 'before', end: q.start, inherits: tokens[j]?.normal === ',' || tokens[j]?.normal === 'and' || /ing$/.test(t.normal) };
  }
  // No cue: a name right before the mark, at the head of its clause, speaks: Twitter "asks ...".
  const np = phraseBefore(tokens, tokens.length - 1);
  if (np && tokens[np.last]!.pos === 'PROPN' && (np.first === 0 || tokens[np.first - 1]!.normal === ',')) {
    return { speaker: { start: tokens[np.first]!.start, end: tokens[np.last]!.end }, cue: null, side: 'before', end: q.start, inherits: false };
  }
  return null;
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
