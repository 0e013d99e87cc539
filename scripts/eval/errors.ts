/**
 * One row of error analysis (a miss, a spurious item, a wrong attribute) and how it is shown:
 * scorers produce these without the text; the runner adds document id and context.
 */
import type { Range } from './spans.js';

export type ErrorKind =
  | 'false-positive'
  | 'false-negative'
  | 'wrong-type'
  | 'wrong-value'
  | 'wrong-speaker'
  | 'wrong-cue';

export interface ItemError extends Range {
  error: ErrorKind;
  /** What the item is: a gold kind, an entity type, a timex type. */
  label: string;
  expected?: string | null;
  got?: string | null;
}

export interface ErrorRow extends ItemError {
  set: string;
  doc: string;
  text: string;
  /** About 100 characters around the item (50 each side), the item marked with ⟦ ⟧. */
  context: string;
}

const SIDE = 50;

export function withContext(set: string, doc: string, text: string, e: ItemError): ErrorRow {
  const before = text.slice(Math.max(0, e.start - SIDE), e.start);
  const after = text.slice(e.end, e.end + SIDE);
  const item = text.slice(e.start, e.end);
  const context = `${before}⟦${item}⟧${after}`.replace(/\s+/g, ' ');
  return { set, doc, ...e, text: item, context };
}
