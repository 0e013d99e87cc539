/**
 * How the steps after the resolution stage ask what a phrase stands for: attribution for a speaker
 * ("the judge said"), reported speech, legal actions for a party ("It filed a lawsuit"). They read
 * the stage's references and the entities' mentions; none resolves anything on its own, so "it" is
 * the same entity whichever step asks.
 *
 * A phrase stands for, in order: what the reference at its end (its head) was resolved to ("the
 * Texas governor", "he"), the entity named at its end ("the ACLU"), the issuer of a document in it
 * ("a statement late Tuesday" that Romney released), or the longest name inside it ("a spokeswoman
 * for the ACLU": the ACLU speaks through her).
 */
import type { AnalysedDocument } from '../document/analyse.js';
import { firstAtOrAfter } from '../document/search.js';
import type { Items } from '../pipeline.js';
import type { Entity, Speaker, SpeakerEvidence, Span } from '../types.js';
import type { Reference } from './reference.js';

export interface Resolution {
  entity: Entity | null;
  evidence: SpeakerEvidence;
  form: 'name' | 'pronoun' | 'description';
  /** Where the one who spoke is named, when it is not the phrase asked about: the issuer of "a statement". */
  mention: Span | null;
  /** The document or channel in the phrase, when the speaker spoke through one. */
  via: Span | null;
}

interface Named {
  start: number;
  end: number;
  entity: Entity;
}

/** The stage's references and every name, sorted by start, for binary search. */
export class ReferenceIndex {
  private readonly names: Named[];
  private readonly refs: Reference[];
  private readonly byId: Map<string, Entity>;

  constructor(private readonly doc: AnalysedDocument, items: Pick<Items, 'entities' | 'references'>) {
    this.names = items.entities
      .flatMap((entity) => entity.mentions.filter((m) => m.form === 'name' || m.form === 'acronym').map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    this.refs = [...items.references].sort((a, b) => a.start - b.start);
    this.byId = new Map(items.entities.map((e) => [e.id, e]));
  }

  /** What the phrase [start, end) stands for. */
  resolve(start: number, end: number, depth = 0): Resolution {
    const refs = inside(this.refs, start, end);
    const names = inside(this.names, start, end);
    const atEnd = refs.filter((r) => r.end === end).sort((a, b) => a.start - b.start)[0];
    if (atEnd && atEnd.form === 'document') return this.issuer(atEnd, depth);
    if (atEnd && atEnd.entity) return this.plain(this.byId.get(atEnd.entity) ?? null, atEnd.form === 'description' ? 'description' : 'pronoun');
    const named = names.filter((n) => n.end === end).sort((a, b) => a.start - b.start)[0];
    if (named) return this.plain(named.entity, 'name');
    const document = refs.find((r) => r.form === 'document');
    if (document) return this.issuer(document, depth);
    if (names.length) return this.plain(names.reduce((a, b) => (b.end - b.start >= a.end - a.start ? b : a)).entity, 'name');
    if (atEnd) return this.plain(null, atEnd.form === 'description' ? 'description' : 'pronoun');
    return this.plain(null, 'name');
  }

  /**
   * The type of the last name or acronym lying wholly inside [start, end): the head of "the ACLU's
   * lawyer" is the lawyer, but "Smith's" names Smith.
   */
  nameTypeIn(start: number, end: number): string | null {
    return inside(this.names, start, end).at(-1)?.entity.type ?? null;
  }

  /**
   * The speaker a phrase names. A document ("a statement late Tuesday") is not the speaker: the one
   * who issued it is, with the document as the channel (`via`).
   */
  speaker(start: number, end: number): Speaker {
    const r = this.resolve(start, end);
    const mention = r.mention ?? span(this.doc, start, end);
    const out: Speaker = { mention, entity: r.entity?.id ?? null, name: r.entity?.name ?? mention.text, evidence: r.evidence };
    if (r.via) out.via = r.via;
    return out;
  }

  /** The one who issued a document: its issuer's own resolution, with the document as the channel. */
  private issuer(r: Reference, depth: number): Resolution {
    const via = span(this.doc, r.start, r.end);
    if (!r.issuer || depth > 1) return { ...this.plain(null, 'description'), via };
    const of = this.resolve(r.issuer.start, r.issuer.end, depth + 1);
    const entity = r.entity ? this.byId.get(r.entity) ?? of.entity : of.entity;
    // The issuer named in the same sentence is where the speaker stands; one named earlier is not.
    const local = this.doc.sentenceIndex.at(r.issuer.start) === this.doc.sentenceIndex.at(r.start);
    return { entity, evidence: of.evidence, form: of.form, mention: local ? span(this.doc, r.issuer.start, r.issuer.end) : null, via };
  }

  private plain(entity: Entity | null, form: Resolution['form']): Resolution {
    return { entity, evidence: form, form, mention: null, via: null };
  }
}

const built = new WeakMap<readonly Reference[], { entities: readonly Entity[]; index: ReferenceIndex }>();

/**
 * The index of a pipeline's items, built once for the stage's references and reused by every step
 * that asks while the entities stay the same.
 */
export function referenceIndex(doc: AnalysedDocument, items: Pick<Items, 'entities' | 'references'>): ReferenceIndex {
  const found = built.get(items.references);
  if (found && found.entities === items.entities) return found.index;
  const index = new ReferenceIndex(doc, items);
  built.set(items.references, { entities: items.entities, index });
  return index;
}

/** Items of a start-sorted list lying wholly inside [start, end). */
function inside<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

function span(doc: AnalysedDocument, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}
