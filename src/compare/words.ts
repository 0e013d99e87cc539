/**
 * The terms a claim is compared on: content words, stemmed, with synonyms folded to one word of their
 * group. Hyphenated words count by their parts ("anti-Trump" names Trump); handles and hashtags
 * are left to their entity keys.
 */
import { stem } from './stem.js';
import { PHRASAL_VERBS, SYNONYM } from './synonyms.js';

const STOP = new Set(('a an the and or but if of to in on at by for with from as that this these those it its is are was were be been being ' +
  'has have had do does did not no so than then there their they them he she his her we our you your i me my which who whom what when where ' +
  'will would can could may might must shall should also just even such into about over after before up out more most very only own same other ' +
  'any all each both few some said says say saying told tell its itself themselves himself herself while because though although whether ' +
  'how why here now yet still too via per upon under within without against between among across through during since until like ' +
  'theirs ours yours mine hers whose '+
  'one two three many much several another every either neither nor none cannot can\'t don\'t didn\'t doesn\'t won\'t isn\'t wasn\'t').split(' '));

/** Terms of a text, in order, repeats kept. */
export function contentWords(text: string): string[] {
  return termsWithWords(text).map(([term]) => term);
}

/** Each term with the word it was read from ("su" from "suing"), for showing evidence to people. */
export function termsWithWords(text: string): Array<[term: string, word: string]> {
  const out: Array<[string, string]> = [];
  // The stem of the word before, and whether it made the last term: "threw" + "out" is one verb.
  let before = '';
  let beforeKept = false;
  for (const raw of text.toLowerCase().match(/[@#]?[\p{L}\p{N}][\p{L}\p{N}_'’]*/gu) ?? []) {
    // A handle or hashtag is an entity: its key already stands for it, its letters are no words.
    if (raw.startsWith('@') || raw.startsWith('#')) {
      before = '';
      continue;
    }
    const w = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
    const phrasal = PHRASAL_VERBS.get(`${before} ${w}`);
    if (phrasal !== undefined && beforeKept) {
      const last = out[out.length - 1]!;
      out[out.length - 1] = [phrasal, `${last[1]} ${w}`];
      before = '';
      beforeKept = false;
      continue;
    }
    before = w.length ? cachedStem(w) : '';
    beforeKept = false;
    if (w.length < 2 || STOP.has(w)) continue;
    out.push([SYNONYM.get(before) ?? before, w]);
    beforeKept = true;
  }
  return out;
}

/** Stems already computed: a comparison stems the same few thousand words over and over. Bounded. */
const stems = new Map<string, string>();
const MAX_CACHED = 50_000;

function cachedStem(w: string): string {
  let s = stems.get(w);
  if (s === undefined) {
    if (stems.size >= MAX_CACHED) stems.clear();
    s = stem(w);
    stems.set(w, s);
  }
  return s;
}
