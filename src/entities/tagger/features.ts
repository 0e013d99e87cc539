/**
 * The features the entity tagger reads for each token: the word and its neighbours, their shapes,
 * prefixes and suffixes, wink-nlp's part of speech, compromise's lexicon (gazetteer.ts), and what
 * the rest of the document says about the word (written in lower case elsewhere, or with a capital
 * in mid-sentence), and the kind of noun that heads an apposition after a name (head-nouns.ts). The
 * second stage's features are in consistency.ts. The trainer (scripts/train/ner.ts) and the tagger call the same function, so
 * a model always sees at run time what it saw in training.
 */
import { phraseTags, wordTags } from './gazetteer.js';
import { HEAD_KINDS } from './head-nouns.js';

/** What the tagger needs of a token. */
export interface TagToken {
  /** The token as written. */
  text: string;
  /** wink-nlp's universal part of speech. */
  pos: string;
  /** wink-nlp's token type: word, punctuation, number, mention, hashtag, url, email, ... */
  type: string;
}

/** What the whole document says about its words (lower-cased). */
export interface DocumentEvidence {
  /** Words written in lower case somewhere. */
  lower: Set<string>;
  /** Words written with a capital away from a sentence start and outside headlines. */
  capitalised: Set<string>;
}

type CaseStyle = 'caps' | 'title' | 'plain';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', ':', '\u2014', '-', '\u2013']);

/** "Xxxx" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d": character classes with runs folded. */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{Nd}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? `${out.slice(0, 8)}~` : out;
}

/** The words of a sentence that can carry a capital: letters, two or more. */
function caseStyle(tokens: readonly TagToken[]): CaseStyle {
  let words = 0;
  let caps = 0;
  let title = 0;
  for (const t of tokens) {
    if (t.text.length < 2 || !LOWER.test(t.text) && !UPPER.test(t.text)) continue;
    words++;
    if (!LOWER.test(t.text)) caps++;
    // Short function words stay lower case in a title-case headline ("Judge Rules in Favor of ...").
    if (UPPER.test(t.text[0]!) || t.text.length <= 3) title++;
  }
  if (words >= 2 && caps === words) return 'caps';
  if (words >= 3 && title === words) return 'title';
  return 'plain';
}

function isInitial(tokens: readonly TagToken[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (OPENERS.has(t.text)) return true;
    if (t.type !== 'punctuation') return false;
  }
  return true;
}

/** Reads every sentence once and notes how the document writes each word. */
export function documentEvidence(sentences: readonly (readonly TagToken[])[]): DocumentEvidence {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const tokens of sentences) {
    const style = caseStyle(tokens);
    tokens.forEach((t, i) => {
      const first = t.text[0] ?? '';
      if (LOWER.test(first) && !UPPER.test(t.text)) lower.add(t.text);
      else if (UPPER.test(first) && style === 'plain' && !isInitial(tokens, i)) capitalised.add(t.text.toLowerCase());
    });
  }
  return { lower, capitalised };
}

/**
 * Where each token's capital stands: 'caps' or 'title' in a headline of that case, 'initial' at
 * the start of a sentence or quote, 'mid' elsewhere; '' for a token that does not start with one.
 */
export function capitalPlaces(tokens: readonly TagToken[]): string[] {
  const style = caseStyle(tokens);
  return tokens.map((t, i) => (!UPPER.test(t.text[0] ?? '') ? '' : style !== 'plain' ? style : isInitial(tokens, i) ? 'initial' : 'mid'));
}

const ARTICLES = new Set(['a', 'an', 'the']);
const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

/**
 * The head noun of an apposition after a capitalised name: "Doki Doki, a dessert shop" gives
 * "shop" to both words of the name. Returns, per token, that noun or ''.
 */
export function appositionHeads(tokens: readonly TagToken[], lowers: readonly string[]): string[] {
  const out = tokens.map(() => '');
  for (let c = 1; c + 2 < tokens.length; c++) {
    if (tokens[c]!.text !== ',' || !ARTICLES.has(lowers[c + 1]!)) continue;
    let head = '';
    for (let k = c + 2; k < Math.min(tokens.length, c + 6); k++) {
      const pos = tokens[k]!.pos;
      if (pos === 'NOUN') head = lowers[k]!;
      else if (head || (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NUM')) break;
    }
    if (!head) continue;
    for (let j = c - 1; j >= Math.max(0, c - 5) && UPPER.test(tokens[j]!.text[0] ?? ''); j--) out[j] = head;
  }
  return out;
}

interface Info {
  lower: string;
  shape: string;
  pos: string;
  tags: string[];
}

const BOUNDARY: Info = { lower: '<s>', shape: '<s>', pos: '<s>', tags: [] };

/** The feature strings of every token of one sentence. */
export function sentenceFeatures(tokens: readonly TagToken[], evidence: DocumentEvidence): string[][] {
  const style = caseStyle(tokens);
  const lowers = tokens.map((t) => t.text.toLowerCase());
  const phrases = phraseTags(lowers);
  const appositions = appositionHeads(tokens, lowers);
  const infos: Info[] = tokens.map((t, i) => ({ lower: lowers[i]!, shape: shapeOf(t.text), pos: t.pos, tags: wordTags(lowers[i]!) }));
  const at = (i: number): Info => infos[i] ?? BOUNDARY;
  return tokens.map((t, i) => {
    const me = infos[i]!;
    const prev = at(i - 1);
    const next = at(i + 1);
    const f: string[] = [
      'b',
      `w=${me.lower}`, `w-1=${prev.lower}`, `w+1=${next.lower}`, `w-2=${at(i - 2).lower}`, `w+2=${at(i + 2).lower}`,
      `w-1w=${prev.lower}|${me.lower}`, `ww+1=${me.lower}|${next.lower}`,
      `s=${me.shape}`, `s-1=${prev.shape}`, `s+1=${next.shape}`, `s-1s=${prev.shape}|${me.shape}`, `ss+1=${me.shape}|${next.shape}`,
      `p=${me.pos}`, `p-1=${prev.pos}`, `p+1=${next.pos}`, `p-1p=${prev.pos}|${me.pos}`, `pp+1=${me.pos}|${next.pos}`,
      `ty=${t.type}`, `cs=${style}|${me.shape}`,
    ];
    const n = me.lower.length;
    for (let k = 1; k <= 4 && k < n; k++) f.push(`pre${k}=${me.lower.slice(0, k)}`, `suf${k}=${me.lower.slice(n - k)}`);
    for (const tag of me.tags) f.push(`g=${tag}`, `gs=${tag}|${me.shape}`);
    for (const tag of prev.tags) f.push(`g-1=${tag}`);
    for (const tag of next.tags) f.push(`g+1=${tag}`);
    // In a list ("Google, Facebook, Yahoo and Microsoft") the items around a word share its kind.
    if (LIST_JOINERS.has(prev.lower)) for (const tag of at(i - 2).tags) f.push(`gl=${tag}`);
    if (LIST_JOINERS.has(next.lower)) for (const tag of at(i + 2).tags) f.push(`gl=${tag}`);
    for (const tag of phrases[i]!) f.push(`mw=${tag}`);
    if (appositions[i]) f.push(`ap=${appositions[i]}`, `apk=${HEAD_KINDS.get(appositions[i]!) ?? 'other'}`);
    if (UPPER.test(t.text[0] ?? '')) {
      const where = style !== 'plain' ? style : isInitial(tokens, i) ? 'initial' : 'mid';
      const seenLower = evidence.lower.has(me.lower);
      const seenCap = evidence.capitalised.has(me.lower);
      f.push(`cap=${where}`, `dl=${where}|${seenLower}`, `dc=${where}|${seenCap}`, `dlc=${seenLower}|${seenCap}`);
    }
    return f;
  });
}
