/**
 * Framing: loaded or evaluative words an outlet uses in its own voice. Words inside quotation marks
 * are the source's and are skipped; reported speech is the outlet's paraphrase, in its own words
 * ("Critics questioned the hastily drafted plan"), so it counts. Found: words from the
 * lexicon, evaluative manner adverbs before a verb ("belligerently demanded", "bitterly
 * complained": the adverbs of words VADER's raters judged good or bad, or of the loaded adjectives),
 * and scare quotes of one or two words the outlet marks as such (so-called "alternative"; longer
 * words in quotation marks are a partial quote, the source's words). Loaded words next to each other are read as one phrase
 * ("comical incompetence").
 */
import type { ExtractResult, FramingReason, FramingWord, Span } from '../types.js';
import { DISTANCING_WORDS, LOADED_ADJECTIVES, LOADED_NOUNS, LOADED_VERBS, NEUTRAL_LY } from './framing-lexicon.js';
import { EVALUATIVE_ADVERBS } from './framing-lexicon.generated.js';

/** A scare quote is a word or two; more words in quotation marks are a partial quote. */
const SCARE_WORDS = 2;
/**
 * A short term in quotation marks is a scare quote when the outlet's own word before it marks the
 * distance (DISTANCING_WORDS). Other short terms in quotation marks with no speaker found are mostly
 * a source's words whose speaker was missed (on BASIL, none of 23 matched annotated loaded wording).
 */
const DISTANCING = new RegExp(`\\b(?:${DISTANCING_WORDS.join('|')})\\s*$`, 'i');

type Interval = readonly [number, number];

export function framingWords(result: ExtractResult): FramingWord[] {
  const notOwn = otherVoices(result);
  const scare = result.quotedTerms.filter((t) => t.role === 'scare' && t.content.text.trim().split(/\s+/).length <= SCARE_WORDS);
  const out: FramingWord[] = [];
  let k = 0;
  for (const s of result.sentences) {
    const found: FramingWord[] = scare.filter((t) => t.start >= s.start && t.end <= s.end && DISTANCING.test(s.text.slice(0, t.start - s.start)))
      .map((t) => ({ start: t.start, end: t.end, text: t.text, reason: 'scare-quote' }));
    for (const m of s.text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      while (k < notOwn.length && notOwn[k]![1] <= start) k++;
      if (k < notOwn.length && notOwn[k]![0] < end) continue;
      const reason = reasonFor(m[0].toLowerCase(), s.text, m.index + m[0].length);
      if (reason) found.push({ start, end, text: m[0], reason });
    }
    out.push(...mergeAdjacent(found.sort((x, y) => x.start - y.start), s));
  }
  return out;
}

function reasonFor(w: string, sentence: string, after: number): FramingReason | null {
  if (LOADED_ADJECTIVES.has(w)) return 'loaded-adjective';
  if (LOADED_NOUNS.has(w)) return 'loaded-noun';
  if (LOADED_VERBS.has(w)) return 'loaded-verb';
  if (/^[a-z]{5,}ly$/.test(w) && !NEUTRAL_LY.has(w) && isEvaluative(w) && isMannerAdverb(sentence, after)) return 'evaluative-adverb';
  return null;
}

/**
 * An adverb that may judge: one of a word raters judge (VADER), or of a loaded adjective
 * ("angrily", "belligerently"), or any other manner adverb but those of relational adjectives in
 * -al and -ic, which name a domain, not a manner ("legally", "politically", "specifically").
 */
function isEvaluative(adverb: string): boolean {
  if (EVALUATIVE_ADVERBS.has(adverb)) return true;
  if (!adverb.endsWith('ally')) return true;
  const stem = adverb.slice(0, -2);
  return LOADED_ADJECTIVES.has(stem) || LOADED_ADJECTIVES.has(`${stem}t`) || LOADED_ADJECTIVES.has(adverb.replace(/ily$/, 'y')) || LOADED_ADJECTIVES.has(adverb.replace(/ly$/, 'le'));
}

/** A manner adverb sits before a verb: "belligerently demanded", "sharply criticized", "hastily drafted". */
function isMannerAdverb(sentence: string, after: number): boolean {
  return /^\s+[a-z]+(ed|s|ing)\b/.test(sentence.slice(after, after + 30));
}

/** Spans in other voices, sorted and merged: quotation fragments and quoted terms. */
function otherVoices(r: ExtractResult): Interval[] {
  const spans: Interval[] = [
    ...r.quotes.flatMap((q) => q.fragments.map((f): Interval => [f.start, f.end])),
    ...r.quotedTerms.map((t): Interval => [t.start, t.end]),
  ].sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Loaded words with only spaces between them, in one sentence, become one phrase. */
function mergeAdjacent(words: FramingWord[], sentence: Span): FramingWord[] {
  const slice = (a: number, b: number) => sentence.text.slice(a - sentence.start, b - sentence.start);
  const out: FramingWord[] = [];
  for (const w of words) {
    const last = out.at(-1);
    if (last && /^[ \t]+$/.test(slice(last.end, w.start))) {
      out[out.length - 1] = { start: last.start, end: w.end, text: slice(last.start, w.end), reason: 'loaded-phrase' };
    } else out.push(w);
  }
  return out;
}
