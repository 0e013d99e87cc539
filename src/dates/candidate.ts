/**
 * What every date parser returns for one sentence, before the refiners choose among overlapping
 * finds. Offsets are relative to the sentence; find.ts moves them into the document.
 */
import type { DatePart, TimexType } from '../types.js';
import type { Day } from './calendar.js';

export interface Candidate {
  /** Offsets into the sentence text, half-open. */
  start: number;
  end: number;
  type: TimexType;
  value: string | null;
  written: DatePart[];
  implied: DatePart[];
  /**
   * Which parser wins an overlap: a higher rank beats a lower one whatever their lengths. The
   * parsers that know a unit chrono does not (durations, weeks, quarters, sets) outrank chrono;
   * guesses from a lone number or word (bare years, "now") rank below it.
   */
  rank: number;
  /** Set when a written weekday falls on no day the rest of the date allows. */
  inconsistent?: 'weekday';
  /** A range's two ends, each a candidate of its own (ranges.ts). */
  range?: { from: Candidate; to: Candidate };
  /** On the first end of a range chrono read as one: where chrono's range ended (ranges.ts). */
  chronoRangeEnd?: number;
}

/** What a parser may read besides the sentence itself. */
export interface SentenceContext {
  /** The sentence, same-length normalised (curly quotes and dashes folded). */
  text: string;
  /** The article's date, or null when nobody knows it. */
  reference: Day | null;
  /** True when the words around [start, end) put it in the future of the reference date. */
  future(start: number, end: number): boolean;
}

export type DateParser = (ctx: SentenceContext) => Candidate[];

/**
 * Reads the settled candidates of a sentence together and returns them, some joined or widened
 * ("the week of" + a day, two dates around "to"). What a new candidate covers is dropped.
 */
export type DateCombiner = (ctx: SentenceContext, candidates: Candidate[]) => Candidate[];

export const RANK = { guess: 0, chrono: 1, unit: 2 } as const;
