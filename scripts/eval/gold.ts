/**
 * Shapes of the gold records in shared/eval (see its README). Types only, so the scorers can
 * use them without touching the file system.
 */
import type { Range } from './spans.js';

export interface GoldSpan extends Range {
  text: string;
}

export type GoldQuoteKind = 'direct' | 'mixed' | 'indirect';

export interface GoldQuote extends GoldSpan {
  fragments: GoldSpan[];
  kind: GoldQuoteKind;
  /** The source as written, or null when the annotators gave none. */
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: GoldSpan | null;
  attributionId: string;
}

export type GoldEntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface GoldEntity extends GoldSpan {
  type: GoldEntityType;
}

export interface GoldTimex extends GoldSpan {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
}

interface GoldDoc {
  id: string;
  text: string;
}

export interface QuoteDoc extends GoldDoc {
  dct: string;
  quotes: GoldQuote[];
}

export interface NerDoc extends GoldDoc {
  entities: GoldEntity[];
}

export interface TimexDoc extends GoldDoc {
  dct: string;
  timexes: GoldTimex[];
}

/** A name of a GAP example and whether the pronoun refers to it. */
export interface GoldGapName extends GoldSpan {
  coref: boolean;
}

/** One GAP example: a pronoun and two names of people of its gender, A and B. */
export interface GoldGap {
  id: string;
  text: string;
  pronoun: GoldSpan;
  a: GoldGapName;
  b: GoldGapName;
  /** The Wikipedia page the text is from. */
  url?: string;
}

/**
 * The page title of a GAP example, read off its Wikipedia address ("http://en.wikipedia.org/wiki/Warren_MacKenzie"
 * → "Warren MacKenzie"): GAP's page context, which extract takes as the article's title.
 */
export function gapTitle(url: string | undefined): string | null {
  const page = url?.match(/\/wiki\/([^?#]+)$/)?.[1];
  if (!page) return null;
  let title = page;
  try {
    title = decodeURIComponent(page);
  } catch {
    // A malformed escape: the address as written.
  }
  return title.replace(/_/g, ' ');
}

/** A quote BASIL annotates, by its text (no offsets), with a speaker label ("Donald_Trump", "other_anti"). */
export interface BasilQuote {
  txt: string;
  speaker: string;
}

/** A bias span BASIL annotates: lexical (loaded wording) or informational (selected content). */
export interface BasilBias {
  txt: string;
  kind: 'lex' | 'inf';
  /** Inside a quotation: then the words are the speaker's, not the outlet's. */
  quote: boolean;
  polarity?: string;
  target?: string;
}

/** One article of a BASIL story; the articles of one story share `event_id`. */
export interface BasilDoc extends GoldDoc {
  date: string;
  outlet: string;
  event_id: string;
  quotes: BasilQuote[];
  bias: BasilBias[];
}
