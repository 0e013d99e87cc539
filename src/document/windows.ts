/**
 * Caps on how much text one step reads at a time. compromise's tagger and chrono-node grow
 * superlinearly with the length of one sentence (FINDINGS.md: chrono 44x on 8x the text), and
 * scraped text can hold a "sentence" with no punctuation that runs for megabytes. Cutting such runs
 * at white space into windows of at most MAX_RUN code units keeps every step linear in the input.
 * Real news sentences are far shorter (the longest in the fixtures is under 600), so no real sentence
 * is cut.
 */

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

/** A run of `max` or more characters with no white space at all has nowhere to cut: the next space. */
function nextSpace(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) if (isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * The text with a line break at every cut of every run longer than `max` between line breaks and
 * sentence ends: same length, so offsets still hold. compromise always ends a sentence at a line break.
 */
export function breakLongRuns(text: string, max = MAX_RUN): string {
  const cuts: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    const ends = i === text.length || c === 10 || c === 13 || ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1)));
    if (!ends) continue;
    if (i - runStart > max) cuts.push(...cutPoints(text, runStart, i, max));
    runStart = i + 1;
  }
  if (!cuts.length) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const c of cuts) {
    pieces.push(text.slice(at, c), '\n');
    at = c + 1;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
