/**
 * Which item of a sorted list of non-overlapping spans (tokens, sentences) holds a given character
 * offset, answered from a table built once per document instead of a search per question.
 *
 * The table keeps, for every block of `2^BLOCK_BITS` characters, the first span that ends inside or
 * after the block's start; a lookup reads its block's entry and steps forward past the spans that end
 * before the offset. Spans of at least one character do not overlap, so at most a block's length of
 * them sit in one block: every lookup takes a bounded number of steps, whatever the document's size.
 */

/** log2 of the block length: 32 characters, a table of one 32-bit integer per 32 characters. */
export const BLOCK_BITS = 5;

/** What the index needs of a span: its half-open offsets. */
export interface OffsetSpan {
  readonly start: number;
  readonly end: number;
}

/** The span holding an offset, or the first at or after it, in a bounded number of steps (see above). */
export class OffsetIndex {
  /** `first[b]`: the first span whose end is after the start of block b. */
  private readonly first: Int32Array;

  constructor(private readonly spans: readonly OffsetSpan[], length: number) {
    const blocks = (length >> BLOCK_BITS) + 2;
    this.first = new Int32Array(blocks);
    let s = 0;
    for (let b = 0; b < blocks; b++) {
      const at = b << BLOCK_BITS;
      while (s < spans.length && spans[s]!.end <= at) s++;
      this.first[b] = s;
    }
  }

  /** Index of the first span that ends after `at` (spans.length when none does). */
  firstEndingAfter(at: number): number {
    const spans = this.spans;
    if (at < 0) return 0;
    const b = at >> BLOCK_BITS;
    let i = b < this.first.length ? this.first[b]! : spans.length;
    while (i < spans.length && spans[i]!.end <= at) i++;
    return i;
  }

  /** How many spans a lookup of `at` steps over after reading the table: at most 2^BLOCK_BITS. */
  stepsFor(at: number): number {
    if (at < 0) return 0;
    const b = at >> BLOCK_BITS;
    return b < this.first.length ? this.firstEndingAfter(at) - this.first[b]! : 0;
  }

  /** Index of the span that holds offset `at`, or -1 when `at` falls between spans. */
  at(at: number): number {
    const i = this.firstEndingAfter(at);
    return i < this.spans.length && this.spans[i]!.start <= at ? i : -1;
  }

  /** Index of the first span that starts at or after `at` (spans.length when none does). */
  firstStartingFrom(at: number): number {
    const i = this.firstEndingAfter(at);
    return i < this.spans.length && this.spans[i]!.start < at ? i + 1 : i;
  }
}
