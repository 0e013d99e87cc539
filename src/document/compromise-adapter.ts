/**
 * The one place that turns compromise's positions into character offsets into our input.
 * Match-level offsets from compromise are wrong after punctuation, term-level
 * offsets are exact: we read terms only, and build every span from the first and last term.
 */
import nlp from 'compromise';

export interface Term {
  start: number;
  end: number;
  /** The term as written, without surrounding punctuation. */
  text: string;
  /** compromise's normal form (lower case, no punctuation). */
  normal: string;
  /** Punctuation and spaces compromise saw before and after the term. */
  pre: string;
  post: string;
  tags: Set<string>;
}

export type CompromiseView = ReturnType<typeof nlp>;

/** compromise's reading of the whole text: its document and its terms with exact offsets. */
export interface CompromiseAnalysis {
  /** The compromise document, for a user's own extractor that wants its matchers (match(), people()). */
  view: CompromiseView;
  terms: Term[];
}

/** The fields of a compromise term we read; offset is filled by compute('offset'). */
interface RawTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Reads compromise's terms directly from `view.docs` after `compute('offset')`. `view.json()` gives
 * the same term fields, but copies every term, turns its tag set into an array (which we turned back
 * into a set) and builds each sentence's text twice; walking the terms does none of that.
 */
export function analyseWithCompromise(text: string): CompromiseAnalysis {
  const view = nlp(text);
  view.compute('offset');
  const terms: Term[] = [];
  for (const sentence of view.docs as RawTerm[][]) {
    for (const t of sentence) {
      if (!t.offset || !t.text) continue;
      const start = t.offset.start;
      const end = start + t.offset.length;
      // Trust an offset only when it points at the term's own text.
      if (text.slice(start, end) !== t.text) continue;
      terms.push({
        start, end, text: t.text, normal: t.normal ?? t.text.toLowerCase(),
        pre: t.pre ?? '', post: t.post ?? '', tags: new Set(t.tags ?? []),
      });
    }
  }
  return { view, terms };
}

type Lexicon = Record<string, string | string[] | undefined>;
let lexiconCache: Lexicon | null = null;

/** compromise's own lexicon: lower-case words and phrases to their tags. Read-only. */
export function lexicon(): Readonly<Lexicon> {
  lexiconCache ??= (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  return lexiconCache;
}

/**
 * The tags compromise's own lexicon gives a lower-case word, or [] for a word it does not know.
 * Read-only: the lexicon is compromise's, looked up, never changed. Lets the entity steps tell a
 * common word written in capitals ("RESULTS", sentence-initial "Back") from an unknown name.
 */
export function lexiconTags(word: string): string[] {
  const found = lexicon()[word.toLowerCase()];
  return found === undefined ? [] : Array.isArray(found) ? found : [found];
}
