/**
 * Resolves a speaker phrase to the entity it stands for: a name inside it ("the ACLU"), a pronoun
 * ("it said") to the last fitting speaker or mention, a description ("the social network", "the
 * microblogging site") to the organisation the article is most about up to that point.
 */
import type { Entity, EntityType, SpeakerEvidence } from '../types.js';
import { Salience, type IndexedMention } from './salience.js';
import { lowerBound } from '../document/search.js';

/** Head nouns of descriptions that stand for an organisation. */
const ORGANISATION_NOUNS = /^(company|firm|network|site|website|platform|service|group|organization|organisation|agency|corporation|giant|startup|business|outlet|newspaper|paper|union|party|campaign|department|ministry|bureau|body|team|club|bank|maker|retailer|carrier|provider|publisher|broadcaster|charity|nonprofit|institution|university|school|church|coalition|alliance|association|council|board|committee|commission|watchdog|regulator|authority|app|bird|tribunal)$/;
const GOVERNMENT_NOUNS = /^(government|administration|white house|state|regime|authorities)$/;
const PERSON_NOUNS = /^(man|woman|senator|president|judge|lawyer|attorney|official|spokesman|spokeswoman|spokesperson|executive|minister|candidate|governor|mayor|director|chief|leader|secretary|businessman|billionaire|founder|actor|star|player|coach|boy|girl|victim|suspect|defendant|plaintiff|author|writer|reporter|analyst|professor|congressman|congresswoman|chairman|chairwoman|ceo|nominee)$/;

/** Descriptions of a government stand for it; other organisation nouns for anything but it. */
const isGovernment = (e: Entity) => /government|administration/i.test(e.name);
const isOrganisation = (e: Entity) => e.type === 'organization' && !isGovernment(e);

/**
 * Name and acronym mentions, looked up by position. Every lookup is a binary search or a sweep, not a
 * scan of all mentions: an article has one lookup per speaker, and a long one has tens of thousands.
 */
export interface MentionIndex {
  /** Every mention with its entity, in document order. */
  all: IndexedMention[];
  /** The same mentions by entity type, each with its place in `all`. */
  byType: Map<EntityType, Array<IndexedMention & { at: number }>>;
  government: Salience;
  organisation: Salience;
}

export function indexMentions(entities: Entity[]): MentionIndex {
  const all = entities
    .flatMap((entity) => entity.mentions.filter((m) => m.form === 'name' || m.form === 'acronym').map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
  const byType = new Map<EntityType, Array<IndexedMention & { at: number }>>();
  all.forEach((m, at) => {
    const list = byType.get(m.entity.type) ?? [];
    list.push({ ...m, at });
    byType.set(m.entity.type, list);
  });
  return { all, byType, government: new Salience(all, isGovernment), organisation: new Salience(all, isOrganisation) };
}

export interface Resolution {
  entity: Entity | null;
  evidence: SpeakerEvidence;
  form: 'name' | 'pronoun' | 'description';
}

/** Speakers found so far, newest last, so a pronoun can take the last one who spoke. */
export type SpeakerHistory = Array<{ at: number; entity: Entity }>;

export function resolvePhrase(index: MentionIndex, history: SpeakerHistory, start: number, end: number, text: string): Resolution {
  const inside: IndexedMention[] = [];
  for (let i = lowerBound(index.all, start, (m) => m.start); i < index.all.length && index.all[i]!.start < end; i++) {
    if (index.all[i]!.end <= end) inside.push(index.all[i]!);
  }
  if (inside.length) {
    const best = inside.reduce((a, b) => (b.end - b.start >= a.end - a.start ? b : a));
    return { entity: best.entity, evidence: 'name', form: 'name' };
  }
  const words = text.toLowerCase().replace(/['\u2019]s$/, '').split(/\s+/);
  const head = words.at(-1) ?? '';
  if (words.length === 1 && /^(it|he|she|they|we)$/.test(head)) {
    const types: EntityType[] = head === 'he' || head === 'she' ? ['person'] : head === 'it' ? ['organization', 'handle', 'place'] : ['organization', 'person'];
    return { entity: antecedent(index, history, start, types), evidence: 'pronoun', form: 'pronoun' };
  }
  if (words.length === 1 && head === 'who') return { entity: relativeAntecedent(index, start), evidence: 'pronoun', form: 'pronoun' };
  if (!/^(the|this|that|its|their|his|her)$/.test(words[0] ?? '')) return { entity: null, evidence: 'name', form: 'name' };
  if (GOVERNMENT_NOUNS.test(head)) return { entity: index.government.best(start), evidence: 'description', form: 'description' };
  if (ORGANISATION_NOUNS.test(head)) return { entity: index.organisation.best(start), evidence: 'description', form: 'description' };
  if (PERSON_NOUNS.test(head)) return { entity: antecedent(index, [], start, ['person']), evidence: 'description', form: 'description' };
  return { entity: null, evidence: 'name', form: 'name' };
}

/**
 * The last speaker of a fitting type in the last few paragraphs, else the nearest fitting mention.
 * `history` is in text order.
 */
function antecedent(index: MentionIndex, history: SpeakerHistory, before: number, types: EntityType[]): Entity | null {
  for (let i = lowerBound(history, before, (h) => h.at) - 1; i >= 0 && before - history[i]!.at < 1500; i--) {
    if (types.includes(history[i]!.entity.type)) return history[i]!.entity;
  }
  // The last mention (in start order) of each type that ends before `before`; the latest of them wins.
  let best: (IndexedMention & { at: number }) | null = null;
  for (const type of types) {
    const list = index.byType.get(type) ?? [];
    let i = lowerBound(list, before, (m) => m.start) - 1;
    while (i >= 0 && list[i]!.end > before) i--;
    if (i >= 0 && (!best || list[i]!.at > best.at)) best = list[i]!;
  }
  return best?.entity ?? null;
}

/** Characters between a name and its relative pronoun: ", " in "Franklin Graham, who". */
const RELATIVE_GAP = 3;

/** The name that a relative "who" follows straight after, or null. */
function relativeAntecedent(index: MentionIndex, who: number): Entity | null {
  const i = lowerBound(index.all, who, (m) => m.start) - 1;
  const m = i >= 0 ? index.all[i]! : null;
  return m && m.end <= who && who - m.end <= RELATIVE_GAP ? m.entity : null;
}
