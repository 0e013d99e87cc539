/**
 * What wink-nlp is handed, so that its time stays linear in the input on every shape of text.
 *
 * wink's tokenizer splits the text at white space, then tries its patterns on each piece, and some
 * of them take time in the square of the piece's length: the model's abbreviation test
 * `/[a-z].*\.$/i` on a long word (`'x'.repeat(1e5)`: 23 s), its e-mail pattern on a base64 run (40,000
 * characters: 38 s), its "anything then punctuation" helper on a long run of periods. Real words are
 * short, so any run of `MAX_WINK_RUN` or more characters without white space gets a space inserted
 * into it every `MAX_WINK_RUN` characters at most (after a punctuation mark where one is near, never
 * inside a surrogate pair). Each piece is then one or more tokens: the run is read, not dropped.
 *
 * A paragraph longer than `MAX_WINK_READ` is read in several calls, cut at white space or at an
 * inserted space: that bounds what one call can add to wink's lexicon (see wink-instance.ts).
 *
 * The inserted spaces are not in the input: `WinkRead.source` maps an offset in the text handed to
 * wink back to the input, exactly.
 */

/** The longest run without white space handed to wink-nlp (a long URL is cut; no word is). */
export const MAX_WINK_RUN = 256;

/** The most input characters handed to wink-nlp in one readDoc call. */
export const MAX_WINK_READ = 50_000;

/** One call to wink-nlp: the input [from, to) with a space inserted before each offset in `breaks`. */
export interface WinkRead {
  readonly from: number;
  readonly to: number;
  /** Input offsets, ascending, before which a space is inserted. */
  readonly breaks: readonly number[];
  /** The text handed to wink-nlp. */
  readonly text: string;
}

/** The calls that read `text.slice(from, to)`, in order, covering it with no gap. */
export function winkReads(text: string, from: number, to: number, maxRun = MAX_WINK_RUN, maxRead = MAX_WINK_READ): WinkRead[] {
  const breaks = runBreaks(text, from, to, maxRun);
  const reads: WinkRead[] = [];
  let start = from;
  let b = 0;
  while (start < to) {
    const end = to - start <= maxRead ? to : readEnd(text, start, start + maxRead, breaks, b);
    const own: number[] = [];
    while (b < breaks.length && breaks[b]! < end) own.push(breaks[b++]!);
    // A break at the very end of a read is where the next read starts: no space is needed there.
    if (b < breaks.length && breaks[b] === end) b++;
    reads.push({ from: start, to: end, breaks: own, text: withSpaces(text, start, end, own) });
    start = end;
  }
  return reads;
}

/**
 * The input offset of position `at` of `read.text`. Positions of inserted spaces map to the input
 * offset they stand before.
 */
export function sourceOffset(read: WinkRead, at: number): number {
  // Each break at input offset k sits at text position k - from + (breaks before it).
  let lo = 0;
  let hi = read.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (read.breaks[mid]! - read.from + mid < at) lo = mid + 1;
    else hi = mid;
  }
  return read.from + at - lo;
}

/**
 * Offsets inside runs without white space where a space is inserted, so that no run is longer than
 * `maxRun`. One pass: each break is looked for in the last half of a window that starts at the
 * previous one, so no character is looked at more than a few times.
 */
export function runBreaks(text: string, from: number, to: number, maxRun = MAX_WINK_RUN): number[] {
  const breaks: number[] = [];
  let runStart = from;
  for (let i = from; i < to; i++) {
    if (isWinkSpace(text.charCodeAt(i))) {
      runStart = i + 1;
      continue;
    }
    if (i - runStart < maxRun) continue;
    const cut = breakIn(text, runStart + (maxRun >> 1), i);
    breaks.push(cut);
    runStart = cut;
  }
  return breaks;
}

/** Where to break a run that has reached `limit`: after the last punctuation mark in (low, limit], else at `limit`. */
function breakIn(text: string, low: number, limit: number): number {
  for (let k = limit; k > low; k--) {
    if (isPunctuation(text.charCodeAt(k - 1))) return k;
  }
  // Never between the two halves of a surrogate pair.
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff && limit - 1 > low ? limit - 1 : limit;
}

/** The end of a read that starts at `start` and may not pass `limit`: the last white space or break before it. */
function readEnd(text: string, start: number, limit: number, breaks: readonly number[], b: number): number {
  let lastBreak = -1;
  for (let k = b; k < breaks.length && breaks[k]! <= limit; k++) lastBreak = breaks[k]!;
  // White space or a break occurs at least every maxRun characters, so this loop is short.
  for (let k = limit; k > start; k--) {
    if (k === lastBreak) return k;
    if (isWinkSpace(text.charCodeAt(k))) return k;
  }
  return limit;
}

function withSpaces(text: string, from: number, to: number, breaks: readonly number[]): string {
  if (!breaks.length) return text.slice(from, to);
  const parts: string[] = [];
  let at = from;
  for (const b of breaks) {
    parts.push(text.slice(at, b));
    at = b;
  }
  parts.push(text.slice(at, to));
  return parts.join(' ');
}

/** The characters wink-nlp's tokenizer splits at (its `splitter` helper pattern). */
export function isWinkSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f;
}

/** ASCII punctuation and symbols: a run is best broken after one of these. */
function isPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}
