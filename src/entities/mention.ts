import type { AnalysedDocument } from '../document/analyse.js';
import type { Entity, EntityType, MentionForm } from '../types.js';

/** A one-mention entity, as extractors emit them before mergeEntities joins them. */
export function singleMention(doc: AnalysedDocument, type: EntityType, start: number, end: number, form: MentionForm = 'name'): Entity {
  const text = doc.text.slice(start, end);
  const id = `e:${start}`;
  return { kind: 'entity', id, type, name: text, key: '', mentions: [{ kind: 'mention', entity: id, form, start, end, text }] };
}
