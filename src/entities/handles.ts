/** Social-media handles (@ALT_USCIS) and hashtags (#altgov), found on the normalised text. */
import type { Extractor } from '../pipeline.js';
import type { Entity } from '../types.js';
import { singleMention } from './mention.js';

// Lookbehind keeps e-mail addresses (user@example.com) out; 1–30 word characters covers every platform.
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_]{1,30}\b/g;
const HASHTAG = /(?<![\w#&])#[A-Za-z_][A-Za-z0-9_]{0,99}\b/g;

export const handleMentions: Extractor = {
  name: 'handles',
  extract(doc) {
    const entities: Entity[] = [];
    for (const m of doc.norm.matchAll(HANDLE)) entities.push(singleMention(doc, 'handle', m.index, m.index + m[0].length));
    for (const m of doc.norm.matchAll(HASHTAG)) entities.push(singleMention(doc, 'hashtag', m.index, m.index + m[0].length));
    return { entities };
  },
};
