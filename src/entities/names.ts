/**
 * People, organisations and places, from the trained sequence tagger (tagger/): one pass over the
 * tokens the wink-nlp reading already made, with no compromise document. The tagger's MISC class
 * (nationalities, events, products) is not emitted: newsclaims has no entity type for it.
 */
import type { Extractor } from '../pipeline.js';
import type { Entity, EntityType } from '../types.js';
import { singleMention } from './mention.js';
import type { EntityClass } from './tagger/labels.js';
import { tagDocument } from './tagger/tag.js';

const TYPE_OF: Record<EntityClass, EntityType | null> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: null };

export const nameMentions: Extractor = {
  name: 'names',
  extract(doc) {
    const entities: Entity[] = [];
    for (const span of tagDocument(doc)) {
      const type = TYPE_OF[span.type];
      if (type) entities.push(singleMention(doc, type, span.start, span.end));
    }
    return { entities };
  },
};
