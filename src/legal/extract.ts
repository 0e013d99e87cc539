/**
 * The legal step, eyecite's stages over the analysed document: find (case names, case and law-review
 * citations, statute and regulation citations, public laws, docket numbers, constitutional
 * provisions, statute names, courts), drop overlaps (the longest reference wins), resolve (resolve.ts)
 * and emit: one entity per reference, as mergeEntities expects, each with the key of what it
 * names, and one citation per citation or case name. Every finder is anchored on a word or sign
 * only legal text uses (v., §, a reporter between numbers, Amendment, Act, Court), so ordinary
 * prose costs a few failed searches.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import type { Extractor } from '../pipeline.js';
import type { Citation, Entity, EntityType, MentionForm } from '../types.js';
import { entityKey } from '../entities/keys.js';
import { caseCitations, idCitations } from './case-citations.js';
import { caseNames } from './case-names.js';
import { courtKey, courtSpans } from './courts.js';
import { dockets } from './dockets.js';
import { provisions } from './provisions.js';
import { publicLaws } from './public-laws.js';
import { resolveCitations, type Resolved } from './resolve.js';
import { statuteCitations } from './statute-citations.js';
import { statuteNames } from './statutes.js';

interface Reference {
  start: number;
  end: number;
  type: EntityType | null;
  key: string;
  form: MentionForm;
  resolved?: Resolved;
}

export const legalMentions: Extractor = {
  name: 'legal',
  extract(doc) {
    const { norm } = doc;
    const found = withoutOverlaps([...caseNames(norm), ...caseCitations(norm), ...idCitations(norm), ...statuteCitations(norm), ...publicLaws(norm), ...dockets(norm)]);
    const lawNames = statuteNames(doc).filter((s) => !found.some((f) => f.start < s.end && s.start < f.end));
    const resolved = resolveCitations(norm, found, lawNames);
    const refs: Reference[] = resolved.map((r) => ({ start: r.found.start, end: r.found.end, type: r.type, key: r.key, form: r.found.form === 'case-name' || r.found.inWords ? 'name' : 'citation', resolved: r }));
    refs.push(...lawNames.map((s) => ({ ...s, type: 'law' as const, key: entityKey(norm.slice(s.start, s.end), 'law'), form: 'name' as const })));
    refs.push(...provisions(norm).map((s) => ({ ...s, type: 'law' as const, key: entityKey(norm.slice(s.start, s.end), 'law'), form: 'name' as const })));
    refs.push(...courts(norm));
    const kept = withoutOverlaps(refs);
    // A citation names its case by the id the case name got.
    const cited = kept.flatMap((r) => (r.resolved ? [r.resolved] : []));
    const idOf = new Map(cited.map((r, i) => [r.found, `x${i}`]));
    const citations = cited.map((r, i) => ({ ...citation(doc, r), id: `x${i}`, caseName: r.caseName ? idOf.get(r.caseName) ?? null : null }));
    const entities = kept.flatMap((r) => (r.type ? [entity(doc, r)] : []));
    return { entities, citations };
  },
};

/** Courts, keyed so that every way of writing one court is one entity; "the high court" is the Supreme Court's where the article names it. */
function courts(norm: string): Reference[] {
  const spans = courtSpans(norm);
  const supreme = spans.some((s) => !s.description && courtKey(norm.slice(s.start, s.end)) === 'supreme court');
  return spans.map((s) => ({
    start: s.start, end: s.end, type: 'court' as const,
    key: s.description && supreme ? 'supreme court' : courtKey(norm.slice(s.start, s.end)),
    form: s.description && supreme ? 'description' as const : 'name' as const,
  }));
}

/** Sorted by start, the longest first among those starting together; one that overlaps a reference kept before it is dropped. */
function withoutOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const x of sorted) if (!(out.length && x.start < out.at(-1)!.end)) out.push(x);
  return out;
}

function entity(doc: AnalysedDocument, r: Reference): Entity {
  const id = `e:${r.start}`;
  const text = doc.text.slice(r.start, r.end);
  return { kind: 'entity', id, type: r.type!, name: text, key: r.key, mentions: [{ kind: 'mention', entity: id, form: r.form, start: r.start, end: r.end, text }] };
}

function citation(doc: AnalysedDocument, r: Resolved): Citation {
  const f = r.found;
  return {
    kind: 'citation', id: '', form: f.form, start: f.start, end: f.end, text: doc.text.slice(f.start, f.end),
    parts: f.parts.map((p) => ({ name: p.name, start: p.start, end: p.end, text: doc.text.slice(p.start, p.end) })),
    full: { start: f.fullStart, end: f.fullEnd },
    entity: null, caseName: null,
    source: f.source ? { abbreviation: f.source.standard, name: f.source.name } : null,
    court: f.court,
  };
}
