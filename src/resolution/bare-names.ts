/**
 * Names the entity tagger missed: a capitalised phrase of proper nouns alone, with no determiner or
 * owner ("Dolly" in "Sid fancies Dolly", "Chambers" at a sentence's start), that no mention covers.
 * Every such phrase with the same words is one referent, so its mentions add up in salience as a
 * name's do; when a pronoun of a sex ("he", "her") resolves to one, it is a person the text names,
 * and becomes an entity with those phrases as its name mentions.
 */
import type { AnalysedDocument, DocToken } from '../document/analyse.js';
import { entityKey } from '../entities/keys.js';
import { startsUpper } from '../entities/tagger/features.js';
import type { Entity, Mention } from '../types.js';
import type { Phrase } from './phrases.js';
import type { Referent } from './salience.js';

/** The most words a missed name is read over: longer capitalised runs are titles and headings. */
const MAX_WORDS = 3;

const isCapitalised = (doc: AnalysedDocument, t: DocToken) => t.pos === 'PROPN' && startsUpper(doc.norm[t.start] ?? '');

/** Whether an unnamed phrase is a bare run of capitalised proper nouns: perhaps a name the tagger missed. */
export function isBareName(doc: AnalysedDocument, p: Phrase): boolean {
  if (p.kind !== 'common' || p.determiner !== 'none' || p.owner || p.outer !== p.first || p.last - p.first >= MAX_WORDS) return false;
  for (let i = p.first; i <= p.last; i++) if (!isCapitalised(doc, doc.tokens[i]!)) return false;
  return true;
}

/** The bare names of one document: one referent per wording, and the phrases that gave it. */
export class BareNames {
  private readonly byWords = new Map<string, Referent>();
  private readonly phrases = new Map<Referent, Phrase[]>();

  constructor(private readonly doc: AnalysedDocument) {}

  /** The referent already made for the phrase's words, if any. */
  referent(p: Phrase): Referent | undefined {
    return this.byWords.get(this.words(p));
  }

  /** Records a phrase as a mention of its wording's referent. */
  add(p: Phrase, r: Referent): void {
    this.byWords.set(this.words(p), r);
    const list = this.phrases.get(r);
    if (list) list.push(p);
    else this.phrases.set(r, [p]);
  }

  /** Whether a referent is a bare name's. */
  has(r: Referent): boolean {
    return this.phrases.has(r);
  }

  /** A person entity for the bare name of a referent, its phrases as name mentions. */
  entity(r: Referent, id: string): Entity {
    const list = this.phrases.get(r)!;
    const mentions: Mention[] = list.map((p) => ({ kind: 'mention', entity: id, form: 'name', start: p.start, end: p.end, text: this.doc.text.slice(p.start, p.end) }));
    const name = mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
    return { kind: 'entity', id, type: 'person', name, key: entityKey(name, 'person'), mentions };
  }

  private words(p: Phrase): string {
    return this.doc.norm.slice(p.start, p.end).toLowerCase();
  }
}
