/**
 * An account's name is a mention of its handle: in "The account is named "ALT Immigration"", the
 * quoted name (a QuotedTerm with role 'name') joins the handle entity @ALT_uscis as a 'name'
 * mention, and stops being a name entity of its own. Runs after quoted terms are told from quotes.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import { sentenceAt } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { Entity, QuotedTerm } from '../types.js';

/** The sentence must say that an account, not a person or a show, bears the name. */
const ACCOUNT_WORDS = /\b(account|handle|profile|username|user name|page|feed|channel)\b/i;

export const linkAccountNames: Refiner = {
  name: 'account-names',
  refine(doc, items) {
    const handles = items.entities.filter((e) => e.type === 'handle');
    if (handles.length === 0) return items;
    const names: Array<{ start: number; end: number }> = [];
    for (const term of items.quotedTerms) {
      if (term.role !== 'name') continue;
      const handle = handleFor(doc, term, handles);
      if (!handle) continue;
      const c = term.content;
      handle.mentions.push({ kind: 'mention', entity: handle.id, form: 'name', start: c.start, end: c.end, text: c.text });
      handle.mentions.sort((a, b) => a.start - b.start);
      names.push(c);
    }
    if (names.length === 0) return items;
    // Mentions inside an account's name belong to the handle now; an entity left with none goes.
    const inside = (m: { start: number; end: number }) => names.some((c) => m.start >= c.start && m.end <= c.end);
    const entities = items.entities
      .map((e) => (e.type === 'handle' ? e : { ...e, mentions: e.mentions.filter((m) => !inside(m)) }))
      .filter((e) => e.mentions.length > 0);
    return { ...items, entities };
  },
};

/**
 * The handle a quoted account name belongs to: one named in the same sentence, else one whose
 * words the name shares (@ALT_uscis and "ALT Immigration"), else the only handle in the text.
 */
function handleFor(doc: AnalysedDocument, term: QuotedTerm, handles: Entity[]): Entity | null {
  const sentence = sentenceAt(doc, term.start);
  if (!sentence || !ACCOUNT_WORDS.test(sentence.text)) return null;
  const inSentence = handles.filter((h) => h.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end));
  if (inSentence.length === 1) return inSentence[0]!;
  const nameWords = new Set(words(term.content.text));
  const sharing = handles.filter((h) => words(h.name).some((w) => nameWords.has(w)));
  if (sharing.length === 1) return sharing[0]!;
  return handles.length === 1 ? handles[0]! : null;
}

/** Lower-case words of a name or a handle, split at spaces, underscores and camel case. */
function words(text: string): string[] {
  return text
    .replace(/^[@#]/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1);
}
