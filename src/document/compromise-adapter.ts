/**
 * The one place that turns compromise's positions into character offsets into our input.
 * Match-level offsets from compromise are wrong after punctuation (see FINDINGS.md), term-level
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

export interface CompromiseAnalysis {
  /** The compromise document, for its matchers (people(), organizations(), places(), match()). */
  view: CompromiseView;
  terms: Term[];
  /** Term index by compromise's own term id, to map a match back to our terms. */
  byId: Map<string, number>;
}

interface JsonTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: string[];
  id?: string;
  offset?: { start: number; length: number };
}

export function analyseWithCompromise(text: string): CompromiseAnalysis {
  const view = nlp(text);
  const sentences = view.json({ offset: true, terms: { offset: true, id: true } }) as Array<{ terms: JsonTerm[] }>;
  const terms: Term[] = [];
  const byId = new Map<string, number>();
  for (const sentence of sentences) {
    for (const t of sentence.terms) {
      if (!t.offset || !t.text) continue;
      const start = t.offset.start;
      const end = start + t.offset.length;
      // Trust an offset only when it points at the term's own text.
      if (text.slice(start, end) !== t.text) continue;
      if (t.id) byId.set(t.id, terms.length);
      terms.push({
        start, end, text: t.text, normal: t.normal ?? t.text.toLowerCase(),
        pre: t.pre ?? '', post: t.post ?? '', tags: new Set(t.tags ?? []),
      });
    }
  }
  return { view, terms, byId };
}

/** Any compromise selection (people(), match(), ...): all we read of one is its JSON. */
export interface Selection {
  json(options?: object): unknown;
}

/** Character spans of every match of a compromise selection, built from its terms. */
export function matchSpans(analysis: CompromiseAnalysis, selection: Selection): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  const matches = selection.json({ terms: { id: true } }) as Array<{ terms: JsonTerm[] }>;
  for (const m of matches) {
    const ids = m.terms.map((t) => (t.id ? analysis.byId.get(t.id) : undefined)).filter((i): i is number => i !== undefined);
    if (ids.length === 0) continue;
    out.push({ first: Math.min(...ids), last: Math.max(...ids) });
  }
  return out;
}

type Lexicon = Record<string, string | string[] | undefined>;
let lexicon: Lexicon | null = null;

/**
 * The tags compromise's own lexicon gives a lower-case word, or [] for a word it does not know.
 * Read-only: the lexicon is compromise's, looked up, never changed. Lets the entity steps tell a
 * common word written in capitals ("RESULTS", sentence-initial "Back") from an unknown name.
 */
export function lexiconTags(word: string): string[] {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const found = lexicon[word.toLowerCase()];
  return found === undefined ? [] : Array.isArray(found) ? found : [found];
}
