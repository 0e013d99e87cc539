/**
 * The reporters, law reviews, codes and courts of lexicon.generated.ts, read into lookups on first
 * use (a few milliseconds, once per process): abbreviations by their first word, longest first, so
 * the finder asks "which abbreviation starts here?" with one map lookup and a few string compares.
 */
import { CODE_LINES, COURT_LINES, JOURNAL_LINES, REPORTER_LINES } from './lexicon.generated.js';
import { withoutTrailing } from './text-ends.js';

/** One abbreviation of a reporter, law review or code. */
export interface Abbreviation {
  /** As written: "F. 3d", "U.S.C.A.". */
  form: string;
  /** The standard abbreviation it stands for: "F.3d", "U.S.C.". */
  standard: string;
  /** Full name: "Federal Reporter", "United States Code". */
  name: string;
  kind: 'reporter' | 'journal' | 'code';
  /** For a code, how its citations are written (see make-lexicon.ts): T, S, C or X. */
  shape: string;
  /** A code of regulations rather than statutes. */
  regulation: boolean;
  /** Written without a period or digit ("Idaho"): a citation needs more evidence around it. */
  plain: boolean;
}

interface Lexicon {
  /** By first word: abbreviations of reporters and law reviews, longest first. */
  cited: Map<string, Abbreviation[]>;
  /** By first word: abbreviations of codes, longest first. */
  codes: Map<string, Abbreviation[]>;
  /** Court abbreviation ("9th Cir.") to the court's name. */
  courts: Map<string, string>;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  const cited = new Map<string, Abbreviation[]>();
  const codes = new Map<string, Abbreviation[]>();
  const add = (map: Map<string, Abbreviation[]>, a: Abbreviation) => {
    const first = firstWord(a.form);
    const list = map.get(first) ?? [];
    if (!list.some((b) => b.form === a.form)) list.push(a);
    map.set(first, list);
  };
  const plain = (form: string) => !/[.\d]/.test(form);
  for (const line of REPORTER_LINES.split('\n')) {
    const [name, ...forms] = line.split('|');
    for (const f of forms) {
      const [form, standard = form] = f.split('=') as [string, string?];
      add(cited, { form, standard, name: name!, kind: 'reporter', shape: '', regulation: false, plain: plain(form) });
    }
  }
  for (const line of JOURNAL_LINES.split('\n')) {
    const [name, ...forms] = line.split('|');
    for (const form of forms) add(cited, { form, standard: forms[0]!, name: name!, kind: 'journal', shape: '', regulation: false, plain: plain(form) });
  }
  for (const line of CODE_LINES.split('\n')) {
    const [shape, name, ...forms] = line.split('|');
    for (const form of forms) add(codes, { form, standard: forms[0]!, name: name!, kind: 'code', shape: shape![0]!, regulation: shape!.includes('r'), plain: plain(form) });
  }
  for (const list of [...cited.values(), ...codes.values()]) list.sort((a, b) => b.form.length - a.form.length);
  const courts = new Map(COURT_LINES.split('\n').map((l) => l.split('|') as [string, string]));
  return { cited, codes, courts };
}

function get(): Lexicon {
  lexicon ??= load();
  return lexicon;
}

/** The first word of an abbreviation or of text at an offset: up to a space. */
function firstWord(s: string, at = 0): string {
  const end = s.indexOf(' ', at);
  return s.slice(at, end < 0 ? s.length : end);
}

function longestAt(map: Map<string, Abbreviation[]>, text: string, at: number): Abbreviation | null {
  const first = withoutTrailing(firstWord(text, at), ',;:)');
  for (const a of map.get(first) ?? []) {
    if (!text.startsWith(a.form, at)) continue;
    // The abbreviation ends at a word's end: "F." is no abbreviation at the start of "F.Supp".
    const next = text.charAt(at + a.form.length);
    if (next === '' || /[\s,;:)]/.test(next)) return a;
  }
  return null;
}

/** The longest reporter or law-review abbreviation that starts at `at`, if any. */
export function citedAt(text: string, at: number): Abbreviation | null {
  return longestAt(get().cited, text, at);
}

/** The longest code abbreviation (U.S.C., C.F.R., Fla. Stat.) that starts at `at`, if any. */
export function codeAt(text: string, at: number): Abbreviation | null {
  return longestAt(get().codes, text, at);
}

/** The court a parenthetical's abbreviation names: "9th Cir." is the Court of Appeals for the Ninth Circuit. */
export function courtNamed(abbreviation: string): string | null {
  return get().courts.get(abbreviation.replace(/\s+/g, ' ').trim()) ?? null;
}

/** True when a word is one of the abbreviations' words with its period ("Stat.", "Rev.", "Cir."). */
export function isAbbreviationWord(word: string): boolean {
  abbreviationWords ??= wordsOf();
  return abbreviationWords.has(word);
}

/** True when a word is a whole code's abbreviation with its periods: "U.S.C.", "C.F.R.". */
export function isCodeAbbreviation(word: string): boolean {
  return /\..*\./.test(word) && (get().codes.get(word) ?? []).some((a) => a.form === word);
}

let abbreviationWords: Set<string> | null = null;

function wordsOf(): Set<string> {
  const out = new Set<string>();
  const { cited, codes, courts } = get();
  for (const list of [...cited.values(), ...codes.values()]) {
    for (const a of list) for (const w of a.form.split(' ')) if (/^\p{Lu}[\p{L}']*\.$/u.test(w) && w.length > 2) out.add(w);
  }
  for (const c of courts.keys()) for (const w of c.split(' ')) if (/^\p{Lu}[\p{L}']*\.$/u.test(w) && w.length > 2) out.add(w);
  return out;
}
