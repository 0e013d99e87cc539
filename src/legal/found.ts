/**
 * What the citation finders return before the legal step turns them into entities and citations:
 * offsets into the document, the parts, and a key naming what is cited, so two citations of one
 * case or law become one entity.
 */
import type { CitationForm, CitationPartName } from '../types.js';
import type { Abbreviation } from './lexicon.js';

export interface FoundPart {
  name: CitationPartName;
  start: number;
  end: number;
}

export interface Found {
  form: CitationForm;
  /** The core span: "410 U.S. 113". */
  start: number;
  end: number;
  /** The full span, with pin cites and parenthetical (the case name before it is added later). */
  fullStart: number;
  fullEnd: number;
  parts: FoundPart[];
  source: Abbreviation | null;
  /** Inferred court name. */
  court: string | null;
  /** What is cited, the same for every citation of one case or law: "410 U.S. 113", "18 U.S.C. § 1030". */
  key: string;
  /** Written in words, as a name is ("Section 230 of the Communications Decency Act", "Title IX"): its mention is a name, not a citation. */
  inWords?: boolean;
}

/** A part at the offsets of a regular expression group, when the group matched. */
export function part(name: CitationPartName, start: number, text: string | undefined): FoundPart[] {
  return text === undefined || text === '' ? [] : [{ name, start, end: start + text.length }];
}
