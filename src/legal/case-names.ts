/**
 * Case names: "Roe v. Wade", "Newbold v Arvidson", "Smith vs. Jones", "United States v. Boch
 * Oldsmobile, Inc.", "In re Grand Jury Subpoena", "Ex parte Young". Anchored on "v." (or "v",
 * "vs.") between two capitalised words and on "In re" / "Ex parte"; each party is read word by
 * word outward from the anchor (at most eight words), so a long stretch of capitals costs no more
 * than eight steps per anchor.
 */
import type { Found, FoundPart } from './found.js';
import { CASE_JOINERS, CASE_OPENERS, PARTY_SUFFIX } from './legal-words.js';
import { splitClosing } from './text-ends.js';

const VERSUS = /(?<=\S) (v\.?|vs\.) (?=[\p{Lu}\p{Ll}\d])/gu;
const PREFIX = /\b(In re|Ex parte|In the Matter of|Matter of) (?=\p{Lu})/gu;
const MAX_WORDS = 8;
/** A word of a party's name: capitalised, an initialism, a numeral, or camel case ("hiQ", "eBay"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}'\u2019.&-]*|\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}]*|\d[\p{L}\p{N}-]*)$/u;
/** An abbreviation whose period belongs to it, so the party does not end there: "U.S.", "Inc.", "Dep't". */
const KEEPS_PERIOD = /^(?:(?:\p{Lu}\.){1,4}|Inc\.|Co\.|Corp\.|Ltd\.|Bros\.|Jr\.|Sr\.|Assn\.|Ass'n\.?|Dept\.|Dist\.|Cnty\.|Nat'l|Int'l|Sch\.|Bd\.|Univ\.|Mfg\.|Ins\.|Fed\.|Gov't|Dep't|St\.|Mt\.|No\.)$/u;

export function caseNames(norm: string): Found[] {
  const out: Found[] = [];
  for (const m of norm.matchAll(VERSUS)) {
    const left = partyBefore(norm, m.index);
    const right = partyAfter(norm, m.index + m[0].length);
    if (!left || !right || !/\p{L}/u.test(norm.slice(left.start, left.end)) || !/\p{L}/u.test(norm.slice(right.start, right.end))) continue;
    out.push(found(left.start, right.end, [{ name: 'plaintiff', ...left }, { name: 'defendant', ...right }], norm));
  }
  for (const m of norm.matchAll(PREFIX)) {
    const party = partyAfter(norm, m.index + m[0].length);
    if (party) out.push(found(m.index, party.end, [{ name: 'party', ...party }], norm));
  }
  return out;
}

function found(start: number, end: number, parts: FoundPart[], norm: string): Found {
  return { form: 'case-name', start, end, fullStart: start, fullEnd: end, parts, source: null, court: null, key: norm.slice(start, end) };
}

interface Party {
  start: number;
  end: number;
}

/** The words of the same line before `at`, nearest first, with their offsets. */
function wordsBefore(norm: string, at: number): Array<{ word: string; start: number }> {
  const line = norm.slice(Math.max(0, at - 120), at);
  const offset = at - line.length;
  const out: Array<{ word: string; start: number }> = [];
  let end = line.length;
  while (out.length < MAX_WORDS + 2 && end > 0) {
    const start = line.lastIndexOf(' ', end - 1) + 1;
    const word = line.slice(start, end);
    if (!word || /[\n\r\t]/.test(word)) break;
    out.push({ word, start: offset + start });
    if (start === 0) break;
    end = start - 1;
  }
  return out;
}

/** The plaintiff: capitalised words and joiners back from "v.", without a sentence's opening words. */
function partyBefore(norm: string, at: number): Party | null {
  const all = wordsBefore(norm, at);
  // "Vega et al. v.": the plaintiff's name is before "et al.".
  const words = all[0]?.word === 'al.' && all[1]?.word === 'et' ? all.slice(2) : all;
  let first = -1;
  for (let i = 0; i < words.length && i < MAX_WORDS; i++) {
    const w = words[i]!.word;
    // "Boch Oldsmobile, Inc. v.": a comma may stand before a corporate suffix only.
    const bare = w.endsWith(',') && i > 0 && PARTY_SUFFIX.test(words[i - 1]!.word) ? w.slice(0, -1) : w;
    if (/[,;:()"\u201c\u201d]/.test(bare) || (bare.endsWith('.') && !KEEPS_PERIOD.test(bare) && i > 0)) break;
    if (!(NAME_WORD.test(bare) || CASE_JOINERS.has(bare))) break;
    first = i;
  }
  // The name opens on a name word, never on a joiner or a sentence's opening word ("In", "See").
  while (first >= 0 && (CASE_JOINERS.has(words[first]!.word) || CASE_OPENERS.has(words[first]!.word))) first--;
  if (first < 0 || !NAME_WORD.test(words[0]!.word)) return null;
  return { start: words[first]!.start, end: words === all ? at : words[0]!.start + words[0]!.word.length };
}

/** The defendant: capitalised words and joiners forward from "v.", with ", Inc." and the like. */
function partyAfter(norm: string, at: number): Party | null {
  const re = /[^\s]+/y;
  let end = at;
  let lastName = -1;
  for (let n = 0; n < MAX_WORDS; n++) {
    re.lastIndex = end === at ? at : end + 1;
    if (end !== at && norm[end] !== ' ') break;
    const m = re.exec(norm);
    if (!m) break;
    let w = m[0];
    const comma = w.endsWith(',');
    if (comma) w = w.slice(0, -1);
    const trail = splitClosing(w);
    // "Jackson Women's Health": a possessive inside a name, when a name word follows it.
    const inner = trail[1] && /^['\u2019]s$/u.test(trail[1]) && !comma && /^ \p{Lu}/u.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 2));
    const word = KEEPS_PERIOD.test(w) || inner ? w : trail[0];
    if (!(NAME_WORD.test(word) || (lastName >= 0 && CASE_JOINERS.has(word)))) break;
    const wordEnd = m.index + word.length;
    if (NAME_WORD.test(word)) lastName = wordEnd;
    end = wordEnd;
    // Punctuation after the word ends the party, except a comma before a corporate suffix.
    if (word !== w) break;
    if (comma) {
      const next = /\s?([^\s]+)/y;
      next.lastIndex = m.index + m[0].length;
      const s = next.exec(norm);
      if (!s || !PARTY_SUFFIX.test(s[1]!.replace(/[,;:)]$/, ''))) break;
      end = m.index + m[0].length;
    }
  }
  return lastName < 0 ? null : { start: at, end: lastName };
}
