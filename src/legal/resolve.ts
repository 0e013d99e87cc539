/**
 * The resolve stage: ties citations to what stands beside them and to each other. A case, short or
 * docket citation right after a case name (", " between, or " (" for a docket number) belongs to
 * that case, and so does each parallel citation after it; a short form ("410 U.S. at 153") belongs
 * to the case cited before with the same volume and reporter; a statute citation right after a
 * statute's name ("the Computer Fraud and Abuse Act, 18 U.S.C. § 1030") is that statute. Each gets
 * the key of what it cites, so the merge makes one entity of them.
 */
import type { EntityType } from '../types.js';
import { entityKey } from '../entities/keys.js';
import type { Found } from './found.js';

export interface Resolved {
  found: Found;
  /** The case name this citation belongs to, if any. */
  caseName: Found | null;
  /** The entity it is a mention of: its type and key (null for a law review). */
  type: EntityType | null;
  key: string;
}

const CASE_FORMS = new Set(['case', 'short-case', 'docket']);
const LAW_FORMS = new Set(['statute', 'regulation', 'public-law']);

/** `found` sorted by start, without overlaps; `lawNames`: statute names found by name, sorted. */
export function resolveCitations(norm: string, found: readonly Found[], lawNames: ReadonlyArray<{ start: number; end: number }>): Resolved[] {
  const out: Resolved[] = [];
  const fullByReporter = new Map<string, Resolved>();
  let lastCase: Resolved | null = null;
  let lawName = 0;
  for (const f of found) {
    const prev = out.at(-1);
    const r: Resolved = { found: f, caseName: null, type: null, key: f.key.toLowerCase() };
    if (f.form === 'case-name') {
      r.type = 'case';
      r.key = entityKey(norm.slice(f.start, f.end), 'case');
    } else if (CASE_FORMS.has(f.form)) {
      r.type = 'case';
      // After a case name, or after the last pin cite of the citation before (a parallel citation).
      const gap = prev ? norm.slice(prev.found.form === 'case-name' ? prev.found.end : lastPinEnd(prev.found), f.start) : '';
      if (prev && (prev.found.form === 'case-name' || (CASE_FORMS.has(prev.found.form) && prev.caseName)) && (/^,\s?$/.test(gap) || (f.form === 'docket' && /^,?\s\(?$/.test(gap)))) {
        r.caseName = prev.found.form === 'case-name' ? prev.found : prev.caseName;
        r.key = prev.key;
        f.fullStart = r.caseName!.start;
      }
      const reporter = f.parts.find((p) => p.name === 'reporter');
      const byReporter = reporter && `${norm.slice(f.parts[0]!.start, f.parts[0]!.end)} ${f.source?.standard ?? ''}`;
      if (f.form === 'short-case' && !reporter && lastCase) {
        // "Id. at 5": the case cited just before.
        r.caseName = lastCase.caseName;
        r.key = lastCase.key;
      } else if (f.form === 'short-case' && !reporter) {
        // "Id." with no case before it cites nothing this text names.
        r.type = null;
      } else if (f.form === 'short-case' && byReporter && fullByReporter.has(byReporter)) {
        const full = fullByReporter.get(byReporter)!;
        r.caseName = full.caseName;
        r.key = full.key;
      } else if (f.form === 'case' && byReporter) fullByReporter.set(byReporter, r);
      if (f.form !== 'docket') lastCase = r;
    } else if (LAW_FORMS.has(f.form)) {
      r.type = 'law';
      while (lawName < lawNames.length && lawNames[lawName]!.end <= f.start - 3) lawName++;
      const name = lawNames[lawName];
      if (name && name.end <= f.start && /^(?:,\s?|\s\()$/.test(norm.slice(name.end, f.start))) {
        r.key = entityKey(norm.slice(name.start, name.end), 'law');
        f.fullStart = name.start;
      }
    }
    out.push(r);
  }
  return out;
}

/** Where a citation's core and pin cites end, before any parenthetical. */
function lastPinEnd(f: Found): number {
  return f.parts.filter((p) => p.name === 'pin' || p.name === 'page' || p.name === 'number').reduce((end, p) => Math.max(end, p.end), f.end);
}
