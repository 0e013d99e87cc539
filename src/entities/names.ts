/**
 * People, organisations and places: the trained sequence tagger (tagger/) over the tokens the
 * wink-nlp reading already made, with no compromise document, then the rules that add what a
 * tagger cannot know (name-rules.ts). What stays in the tagger's MISC class (nationalities, events,
 * products) after the rules is not emitted: newsclaims has no entity type for it.
 */
import type { Extractor } from '../pipeline.js';
import type { Entity } from '../types.js';
import { singleMention } from './mention.js';
import { NAME_RULES, nameEnd, type NameContext, type NameSpan } from './name-rules.js';
import type { EntityClass } from './tagger/labels.js';
import { tagDocument } from './tagger/tag.js';

const TYPE_OF: Record<EntityClass, NameSpan['type']> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

export const nameMentions: Extractor = {
  name: 'names',
  extract(doc) {
    const ctx: NameContext = { tokens: doc.tokens, norm: doc.norm };
    const tagged = tagDocument(doc).map((s): NameSpan => ({ first: s.first, last: s.last, type: TYPE_OF[s.type] }));
    const entities: Entity[] = [];
    for (const s of NAME_RULES.reduce((current, rule) => rule.apply(current, ctx), tagged)) {
      if (s.type !== 'misc') entities.push(singleMention(doc, s.type, doc.tokens[s.first]!.start, nameEnd(ctx, s.last)));
    }
    return { entities };
  },
};
