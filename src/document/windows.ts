/**
 * Caps on how much text one step reads at a time. compromise's tagger and chrono-node grow
 * superlinearly with the length of one sentence (FINDINGS.md: chrono 44x on 8x the text), and
 * scraped text can hold a "sentence" with no punctuation that runs for megabytes. Cutting such runs
 * at white space into windows of at most MAX_RUN code units keeps every step linear in the input;
 * a run with no white space at all (minified code, base64, a URL storm) is cut between two of its
 * tokens. Real news sentences are far shorter (the longest in the fixtures is under 600), so no real
 * sentence is cut.
 */

import { runBreaks } from './wink-reads.js';
import { firstAtOrAfter } from './search.js';

/** The longest stretch handed to compromise or to the date parsers in one piece. */
export const MAX_RUN = 2000;

/**
 * Offsets in [from, to) where a run longer than `max` is cut: each is a white-space character, so
 * no word is split, and the pieces between cuts are at most `max` long wherever white space allows.
 * Prefers a space after a comma, semicolon or colon in the window's last quarter, else the last space.
 */
export function cutPoints(text: string, from: number, to: number, max = MAX_RUN): number[] {
  const cuts: number[] = [];
  let start = from;
  while (to - start > max) {
    const limit = start + max;
    let cut = -1;
    let fallback = -1;
    for (let i = limit; i > start; i--) {
      if (!isSpace(text.charCodeAt(i))) continue;
      if (fallback < 0) fallback = i;
      if (/[,;:]/.test(text[i - 1]!)) {
        cut = i;
        break;
      }
      // Past the last quarter, the first space found will do.
      if (i < limit - (max >> 2)) break;
    }
    if (cut < 0) cut = fallback >= 0 ? fallback : nextSpace(text, limit, to);
    if (cut < 0) break;
    cuts.push(cut);
    start = cut + 1;
  }
  return cuts;
}

/**
 * [start, end) cut into windows of at most `max` code units: at white space (see cutPoints), and where
 * a piece has none, at the start of a token (`tokens` sorted by start; wink-reads.ts puts one at least
 * every MAX_WINK_RUN characters), so no token is split between two windows.
 */
export function windowBounds(text: string, start: number, end: number, tokens: ReadonlyArray<{ start: number }>, max = MAX_RUN): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = start;
  for (const cut of [...cutPoints(text, start, end, max), -1]) {
    const pieceEnd = cut < 0 ? end : cut;
    if (pieceEnd - at > max) at = cutAtTokens(out, at, pieceEnd, tokens, max);
    out.push([at, pieceEnd]);
    at = pieceEnd + 1;
  }
  return out;
}

/** Pushes windows of [from, to) cut at token starts while it is longer than `max`; returns where the last one starts. */
function cutAtTokens(out: Array<[number, number]>, from: number, to: number, tokens: ReadonlyArray<{ start: number }>, max: number): number {
  let at = from;
  let t = firstAtOrAfter(tokens, at + 1);
  while (to - at > max) {
    // The last token start in (at, at + max], else the first one after it.
    let cut = -1;
    while (t < tokens.length && tokens[t]!.start <= at + max) cut = tokens[t++]!.start;
    if (cut < 0 && t < tokens.length && tokens[t]!.start < to) cut = tokens[t++]!.start;
    if (cut < 0 || cut >= to) break;
    out.push([at, cut]);
    at = cut;
  }
  return at;
}

/** A run of `max` or more characters with no white space at all has nowhere to cut: the next space. */
function nextSpace(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) if (isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * The text with a line break in place of the white space before some of `sentences` (ours, sorted),
 * so that no line is much longer than `max` wherever sentences allow: same length, so offsets still
 * hold. compromise always ends a sentence at a line break, and its own sentence splitter takes time
 * in the square of the length of what it reads as one sentence: a paragraph of 'Mr. ' storms, which it
 * never splits (measured: 12.5k to 100k characters 0.5 s to 20 s). Our sentences are at most MAX_RUN
 * long (see windowBounds), so lines are too; a paragraph of ordinary length is left whole.
 *
 * A run with no white space fares no better: compromise's acronym pattern /^[a-z]\.([a-z]\.)+/ runs
 * once per period on what is left of a term ("a.b.c." repeated: 50,000 characters take 3 s). Where
 * wink-reads.ts breaks such a run, one character there (the punctuation mark it breaks after, else
 * the next one) becomes a line break for compromise too. compromise then does not see that character,
 * which is in a run of at least MAX_WINK_RUN characters with no space; wink-nlp still reads it all.
 */
export function breakLongRuns(text: string, sentences: ReadonlyArray<{ start: number }>, max = MAX_RUN): string {
  const cuts: number[] = runCuts(text);
  let lineStart = 0;
  let candidate = -1;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = i + 1;
      candidate = -1;
      continue;
    }
    for (; s < sentences.length && sentences[s]!.start <= i; s++) {
      const before = sentences[s]!.start - 1;
      if (before > lineStart && isSpace(text.charCodeAt(before))) candidate = before;
    }
    if (i - lineStart >= max && candidate > lineStart) {
      cuts.push(candidate);
      lineStart = candidate + 1;
      candidate = -1;
    }
  }
  if (!cuts.length) return text;
  cuts.sort((a, b) => a - b);
  const pieces: string[] = [];
  let at = 0;
  for (const c of cuts) {
    pieces.push(text.slice(at, c), '\n');
    at = c + 1;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** One character at each of wink-reads.ts's breaks in runs without white space, where a line break may stand. */
function runCuts(text: string): number[] {
  const cuts: number[] = [];
  for (const b of runBreaks(text, 0, text.length)) {
    const before = text.charCodeAt(b - 1);
    // After a punctuation mark, that mark; else the character at the break, unless it opens a surrogate pair.
    if (before < 128 && !/[A-Za-z0-9]/.test(text[b - 1]!)) cuts.push(b - 1);
    else if (!isSurrogate(text.charCodeAt(b))) cuts.push(b);
  }
  return cuts;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
