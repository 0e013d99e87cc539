/**
 * Judges and prosecutors: a person whose name follows a judge's or prosecutor's title ("U.S.
 * District Judge Maria Alvarez", "Ninth Circuit Judge Daniel Bress", "Chief Justice John Roberts",
 * "Assistant U.S. Attorney Dana Lee") gets that role, with the court the title or an "of the ...
 * Court" after the name gives. Runs after the merge, on merged entities.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { Entity, EntityRole } from '../types.js';
import { partiesIn, partyIndex } from '../entities/parties.js';
import { JUDGE_TITLE, PROSECUTOR_TITLE } from './legal-words.js';
import { withoutLastWord } from './text-ends.js';

const COURT_TYPES = new Set(['court'] as const);

export const judgeRoles: Refiner = {
  name: 'judge-roles',
  refine(doc, items) {
    const courts = partyIndex(items.entities, COURT_TYPES);
    const entities = items.entities.map((e) => {
      if (e.type !== 'person') return e;
      const roles = e.mentions.flatMap((m) => roleBefore(doc, m.start, m.end, courts));
      return roles.length ? { ...e, roles } : e;
    });
    return { ...items, entities };
  },
};

function roleBefore(doc: AnalysedDocument, start: number, end: number, courts: ReturnType<typeof partyIndex>): EntityRole[] {
  const window = doc.norm.slice(Math.max(0, start - 90), start);
  const offset = start - window.length;
  const judge = JUDGE_TITLE.exec(window);
  const prosecutor = judge ? null : PROSECUTOR_TITLE.exec(window);
  const m = judge ?? prosecutor;
  if (!m) return [];
  const titleEnd = offset + m.index + m[0].trimEnd().length;
  const titleStart = titleEnd - m[1]!.length;
  // The court the title names ("Ninth Circuit Judge"), or the one after the name ("Judge X of the Cook County Circuit Court").
  const inTitle = partiesIn(courts, titleStart, titleEnd)[0];
  const after = /^,? (?:of|on|with|at) (?:the )?/.exec(doc.norm.slice(end, end + 12));
  const following = after ? partiesIn(courts, end + after[0].length, end + after[0].length + 120).find((p) => p.start === end + after[0].length) : undefined;
  const court: Entity | undefined = (inTitle ?? following)?.entity;
  return [{
    role: judge ? 'judge' : 'prosecutor',
    title: { start: titleStart, end: titleEnd, text: doc.text.slice(titleStart, titleEnd) },
    court: court?.id ?? null,
    courtName: judge && !court ? impliedCourt(doc.text.slice(titleStart, titleEnd)) : null,
  }];
}

/** "U.S. District Judge": the U.S. District Court; "Bankruptcy Judge": the Bankruptcy Court. */
function impliedCourt(title: string): string | null {
  const m = /^(?:(?:Chief|Senior|Presiding|Acting|Retired|Associate|Former)\s+)*((?:U\.S\.\s+|United States\s+|state\s+|federal\s+)?(?:District|Bankruptcy|Magistrate|Circuit|Appeals|Superior Court|Supreme Court|Tax Court|Family Court|Immigration|County))\s+(?:Court\s+)?(?:Judge|Justice)$/i.exec(title);
  if (!m) return null;
  const head = withoutLastWord(m[1]!, 'Court').replace(/\s+/g, ' ');
  return /Magistrate$/i.test(head) ? `${withoutLastWord(head, 'Magistrate', 'optional').trim() || 'U.S.'} District Court`.replace(/^(?:federal|Federal) /, 'U.S. ') : `${head} Court`;
}
