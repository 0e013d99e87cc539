/**
 * Case citations and law-review citations: VOLUME REPORTER PAGE ("410 U.S. 113", "31 F.4th 1180",
 * "1 Minn. L. Rev. 1"), and the short form VOLUME REPORTER at PIN ("410 U.S. at 153"). Anchored on
 * a number followed by a capital: one map lookup tells whether a reporter of Free Law Project's
 * database starts there. A reporter written as a plain word ("105 Idaho 663") is a citation only
 * with a parenthetical year or beside another citation, since "12 Idaho 40" could be anything else.
 */
import type { Found } from './found.js';
import { citedAt } from './lexicon.js';
import { parenthetical, pinCites } from './parenthetical.js';

const VOLUME = /(?<![\w.\u00a7$,-])(\d{1,4})\s(?=[A-Z])/g;
const PAGE = /\s(?:(\d{1,5})|(_{2,}|-{3,})|at\s(\d{1,5}(?:[-\u2013]\d{1,5})?))(?![\w-])/y;

/** The Supreme Court's reporters, whose court the citation need not name. */
const SUPREME_COURT_REPORTERS = new Set(['U.S.', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d']);

/** "Id. at 5": the case cited just before, at another page. */
const ID = /\b[Ii]d\. at (\d{1,5}(?:[-\u2013]\d{1,5})?)(?![\w-])/g;

/** "Id. at 5" citations; resolve.ts ties each to the case cited before it. */
export function idCitations(norm: string): Found[] {
  return [...norm.matchAll(ID)].map((m) => {
    const end = m.index + m[0].length;
    return { form: 'short-case', start: m.index, end, fullStart: m.index, fullEnd: end, parts: [{ name: 'pin', start: end - m[1]!.length, end }], source: null, court: null, key: m[0] };
  });
}

export function caseCitations(norm: string): Found[] {
  const out: Found[] = [];
  for (const m of norm.matchAll(VOLUME)) {
    const volume = m[1]!;
    const at = m.index + m[0].length;
    const reporter = citedAt(norm, at);
    if (!reporter) continue;
    PAGE.lastIndex = at + reporter.form.length;
    const p = PAGE.exec(norm);
    if (!p) continue;
    const short = p[3] !== undefined;
    const pageText = p[1] ?? p[2] ?? p[3]!;
    const pageStart = p.index + p[0].length - pageText.length;
    const end = p.index + p[0].length;
    const pins = short ? { end, parts: [] } : pinCites(norm, end);
    out.push({
      form: reporter.kind === 'journal' ? 'journal' : short ? 'short-case' : 'case',
      start: m.index, end, fullStart: m.index, fullEnd: pins.end,
      parts: [
        { name: 'volume', start: m.index, end: m.index + volume.length },
        { name: reporter.kind === 'journal' ? 'journal' : 'reporter', start: at, end: at + reporter.form.length },
        { name: short ? 'pin' : 'page', start: pageStart, end: pageStart + pageText.length },
        ...pins.parts,
      ],
      source: reporter,
      court: SUPREME_COURT_REPORTERS.has(reporter.standard) ? 'Supreme Court of the United States' : null,
      key: `${volume} ${reporter.standard}${short ? '' : ` ${pageText}`}`,
    });
  }
  return withParentheticals(norm, out);
}

/**
 * A parenthetical after a citation, or after the last of a chain of parallel citations joined by
 * commas, belongs to each of them. A citation in a plain-word reporter needs one, or a chain.
 */
function withParentheticals(norm: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; ) {
    let j = i;
    while (j + 1 < found.length && /^,\s*$/.test(norm.slice(found[j]!.fullEnd, found[j + 1]!.start))) j++;
    const chain = found.slice(i, j + 1);
    const tail = parenthetical(norm, chain.at(-1)!.fullEnd);
    for (const f of chain) {
      if (f.source?.plain && !tail && chain.length === 1) continue;
      if (tail) {
        f.parts.push(...tail.parts);
        f.court = tail.court ?? f.court;
      }
      f.fullEnd = tail?.end ?? f.fullEnd;
      out.push(f);
    }
    i = j + 1;
  }
  return out;
}
