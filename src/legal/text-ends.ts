/**
 * Trimming the end of a short string without a regular expression that ends in `$` after a
 * repeated class: such a pattern, tried at every start, takes time in the square of a run of that
 * class ("\t\t\t…", "))))…"), which the ReDoS check (tests/stress/redos-static.test.ts) refuses.
 */

/** `s` without the run of `chars` at its end: "Corp.)," with ",)" → "Corp.". */
export function withoutTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * `s` without a last word `word` (case-blind) and the white space before it, as
 * `s.replace(/\s+word$/i, '')` would (`/\s*word$/i` when `space` is 'optional'); `s` when it does
 * not end so.
 */
export function withoutLastWord(s: string, word: string, space: 'required' | 'optional' = 'required'): string {
  if (!s.toLowerCase().endsWith(word.toLowerCase())) return s;
  const before = s.slice(0, s.length - word.length);
  const trimmed = before.trimEnd();
  return space === 'required' && trimmed === before ? s : trimmed;
}

/**
 * `party` without a closing "et al." and the comma and white space before it, as
 * `party.replace(/,?\s+et al\.?$/, '')` would.
 */
export function withoutEtAl(party: string): string {
  const t = party.endsWith('.') ? party.slice(0, -1) : party;
  if (!t.endsWith('et al')) return party;
  const before = t.slice(0, -'et al'.length);
  const trimmed = before.trimEnd();
  if (trimmed === before) return party;
  return trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
}

/**
 * A section number split at its last hyphen or en dash that has a digit on each side, as
 * `/^(.*\d)[-–](\d.*)$/.exec(s)` would: ["1961", "1968"] for "1961-1968"; null without one.
 */
export function splitAtLastDash(s: string): [string, string] | null {
  // '.' in that pattern matches no line break.
  if (/[\n\r\u2028\u2029]/.test(s)) return null;
  for (let k = s.length - 2; k >= 1; k--) {
    if ((s[k] === '-' || s[k] === '\u2013') && isDigit(s[k - 1]!) && isDigit(s[k + 1]!)) return [s.slice(0, k), s.slice(k + 1)];
  }
  return null;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/**
 * A word and its closing punctuation: "Health's" → ["Health", "'s"], "Inc.)" → ["Inc", ".)"], as
 * `/^(.*?)(['\u2019]s|[.;:)"\u201d]+)?$/u.exec(w)` would; the second is undefined when there is none.
 */
export function splitClosing(w: string): [string, string | undefined] {
  if (/['\u2019]s$/u.test(w)) return [w.slice(0, -2), w.slice(-2)];
  const core = withoutTrailing(w, '.;:)"\u201d');
  return [core, core.length < w.length ? w.slice(core.length) : undefined];
}
