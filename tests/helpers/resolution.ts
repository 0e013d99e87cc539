/** What a referring phrase of a test paragraph resolved to, read from extract's output only. */
import type { ExtractResult } from '../../src/types.js';
import type { ResolutionRow } from '../fixtures/resolution-rows.js';

/**
 * The name of the entity the row's phrase resolved to, or null. The phrase 'quote' asks for the
 * speaker of the paragraph's first quote; any other phrase is found in the text (its nth
 * occurrence, as a whole word) and looked up among the entities' mentions at exactly its span.
 */
export function resolvedName(row: ResolutionRow, r: ExtractResult): string | null {
  if (row.phrase === 'quote') {
    const id = r.quotes[0]?.speaker?.entity ?? null;
    return id === null ? null : (r.entities.find((e) => e.id === id)?.name ?? null);
  }
  const start = occurrence(row.text, row.phrase, row.nth ?? 0);
  if (start < 0) throw new Error(`"${row.phrase}" is not in: ${row.text}`);
  const end = start + row.phrase.length;
  const entity = r.entities.find((e) => e.mentions.some((m) => m.start === start && m.end === end));
  return entity?.name ?? null;
}

/** Offset of the nth whole-word occurrence of `phrase`, or -1. */
function occurrence(text: string, phrase: string, nth: number): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}@_])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu');
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(text)) !== null) if (k++ === nth) return m.index;
  return -1;
}
