/**
 * Docket numbers: "Case No. 3:17-cv-01876", "No. 21-476", and a federal district court's number
 * on its own ("1:21-cv-00400-APM"), whose shape nothing else in news has.
 */
import type { Found } from './found.js';
import { parenthetical } from './parenthetical.js';

const DISTRICT = String.raw`\d{1,2}:\d{2}-(?:cv|cr|mj|md|mc|bk|ap|po|sw|gj|CV|CR)-\d{2,6}(?:-[A-Z]{1,4})*`;
const NUMBERED = new RegExp(String.raw`\b(?:(?:Case|Docket|Civil Action|Civil|Criminal|Cause|Appeal|Index) )?Nos?\. ?(${DISTRICT}|\d{2}-\d{1,5}|\d{2}A\d{1,4})(?![\w-])`, 'g');
const BARE = new RegExp(String.raw`(?<![\w.:-])${DISTRICT}(?![\w-])`, 'g');

export function dockets(norm: string): Found[] {
  const out: Found[] = [];
  for (const m of norm.matchAll(NUMBERED)) {
    const end = m.index + m[0].length;
    out.push({
      form: 'docket', start: m.index, end, fullStart: m.index, fullEnd: end,
      parts: [{ name: 'number', start: end - m[1]!.length, end }], source: null, court: null, key: `No. ${m[1]}`,
    });
  }
  for (const m of norm.matchAll(BARE)) {
    const end = m.index + m[0].length;
    out.push({ form: 'docket', start: m.index, end, fullStart: m.index, fullEnd: end, parts: [{ name: 'number', start: m.index, end }], source: null, court: null, key: `No. ${m[0]}` });
  }
  // "No. 3:21-cv-01234 (D. Conn. 2022)": the court and year after the number.
  for (const f of out) {
    const tail = parenthetical(norm, f.end);
    if (!tail) continue;
    f.parts.push(...tail.parts);
    f.court = tail.court;
    f.fullEnd = tail.end;
  }
  return out;
}
