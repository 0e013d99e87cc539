/**
 * What follows a case citation's core: pin cites (", 153", ", 153-55") and the parenthetical with
 * the court and year ("(9th Cir. 2022)", "(1973)"). Read forward from the end of the core, with
 * patterns anchored at that offset (sticky), so each costs a bounded look at the text after it.
 */
import type { FoundPart } from './found.js';
import { citedAt, courtNamed } from './lexicon.js';

const PIN = /,\s*(\d{1,5}(?:\s?[-\u2013]\s?\d{1,5})?)(?=[\s,;.)]|$)/y;
const PARENTHETICAL = /\s*\(([^()\n]{0,60}?)\s*(\d{4})\)/y;

export interface Tail {
  end: number;
  parts: FoundPart[];
  court: string | null;
}

/** Pin cites after `at`, stopping before a parallel citation ("105 Idaho 663, 672 P.2d 231"). */
export function pinCites(text: string, at: number): Tail {
  const parts: FoundPart[] = [];
  let end = at;
  for (;;) {
    PIN.lastIndex = end;
    const m = PIN.exec(text);
    if (!m) break;
    const start = m.index + m[0].length - m[1]!.length;
    // A number followed by a reporter opens a parallel citation, not a pin cite.
    if (/^\s[A-Z]/.test(text.slice(start + m[1]!.length, start + m[1]!.length + 2)) && citedAt(text, start + m[1]!.length + 1)) break;
    parts.push({ name: 'pin', start, end: start + m[1]!.length });
    end = start + m[1]!.length;
  }
  return { end, parts, court: null };
}

/** The parenthetical at `at` ("(9th Cir. 2022)"), with its court and year, or null. */
export function parenthetical(text: string, at: number): Tail | null {
  PARENTHETICAL.lastIndex = at;
  const m = PARENTHETICAL.exec(text);
  if (!m) return null;
  const close = m.index + m[0].length;
  const yearStart = close - 1 - m[2]!.length;
  const courtText = m[1]!;
  const open = text.indexOf('(', at);
  const parts: FoundPart[] = [];
  let court: string | null = null;
  if (courtText.trim()) {
    // The court is written as an abbreviation: capitals, periods, ordinals ("9th Cir.", "S.D.N.Y.").
    if (!/^[A-Z0-9][\w.'&]*(?: [A-Z0-9][\w.'&]*)*$/.test(courtText.trim())) return null;
    const start = open + 1 + (courtText.length - courtText.trimStart().length);
    parts.push({ name: 'court', start, end: start + courtText.trim().length });
    court = courtNamed(courtText.trim());
  }
  parts.push({ name: 'year', start: yearStart, end: yearStart + 4 });
  return { end: close, parts, court };
}
