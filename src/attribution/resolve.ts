/**
 * Resolves a speaker phrase to the entity it stands for: a name inside it ("the ACLU"), a pronoun
 * ("it said") to the last fitting speaker or mention, a description ("the social network", "the
 * microblogging site") to the organisation the article is most about up to that point.
 */
import type { Entity, EntityType, SpeakerEvidence } from '../types.js';

/** Head nouns of descriptions that stand for an organisation. */
const ORGANISATION_NOUNS = /^(company|firm|network|site|website|platform|service|group|organization|organisation|agency|corporation|giant|startup|business|outlet|newspaper|paper|union|party|campaign|department|ministry|bureau|body|team|club|bank|maker|retailer|carrier|provider|publisher|broadcaster|charity|nonprofit|institution|university|school|church|coalition|alliance|association|council|board|committee|commission|watchdog|regulator|authority|app|bird|tribunal)$/;
const GOVERNMENT_NOUNS = /^(government|administration|white house|state|regime|authorities)$/;
const PERSON_NOUNS = /^(man|woman|senator|president|judge|lawyer|attorney|official|spokesman|spokeswoman|spokesperson|executive|minister|candidate|governor|mayor|director|chief|leader|secretary|businessman|billionaire|founder|actor|star|player|coach|boy|girl|victim|suspect|defendant|plaintiff|author|writer|reporter|analyst|professor|congressman|congresswoman|chairman|chairwoman|ceo|nominee)$/;

export interface MentionIndex {
  /** Every mention with its entity, in document order. */
  all: Array<{ start: number; end: number; entity: Entity }>;
}

export function indexMentions(entities: Entity[]): MentionIndex {
  const all = entities.flatMap((entity) => entity.mentions.filter((m) => m.form === 'name' || m.form === 'acronym').map((m) => ({ start: m.start, end: m.end, entity })));
  return { all: all.sort((a, b) => a.start - b.start) };
}

export interface Resolution {
  entity: Entity | null;
  evidence: SpeakerEvidence;
  form: 'name' | 'pronoun' | 'description';
}

/** Speakers found so far, newest last, so a pronoun can take the last one who spoke. */
export type SpeakerHistory = Array<{ at: number; entity: Entity }>;

export function resolvePhrase(index: MentionIndex, history: SpeakerHistory, start: number, end: number, text: string): Resolution {
  const inside = index.all.filter((m) => m.start >= start && m.end <= end);
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
  if (!/^(the|this|that|its|their|his|her)$/.test(words[0] ?? '')) return { entity: null, evidence: 'name', form: 'name' };
  if (GOVERNMENT_NOUNS.test(head)) return { entity: salient(index, start, (e) => /government|administration/i.test(e.name)), evidence: 'description', form: 'description' };
  if (ORGANISATION_NOUNS.test(head)) return { entity: salient(index, start, (e) => e.type === 'organization' && !/government|administration/i.test(e.name)), evidence: 'description', form: 'description' };
  if (PERSON_NOUNS.test(head)) return { entity: antecedent(index, [], start, ['person']), evidence: 'description', form: 'description' };
  return { entity: null, evidence: 'name', form: 'name' };
}

/** The last speaker of a fitting type in the last few paragraphs, else the nearest fitting mention. */
function antecedent(index: MentionIndex, history: SpeakerHistory, before: number, types: EntityType[]): Entity | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.at < before && before - h.at < 1500 && types.includes(h.entity.type)) return h.entity;
  }
  for (let i = index.all.length - 1; i >= 0; i--) {
    const m = index.all[i]!;
    if (m.end <= before && types.includes(m.entity.type)) return m.entity;
  }
  return null;
}

/** The entity mentioned most often before `before` (the latest mention breaks ties). */
function salient(index: MentionIndex, before: number, fits: (e: Entity) => boolean): Entity | null {
  const score = new Map<Entity, number>();
  for (const m of index.all) {
    if (m.end > before) break;
    if (fits(m.entity)) score.set(m.entity, (score.get(m.entity) ?? 0) + 1 + m.start / (before * 10 + 1));
  }
  let best: Entity | null = null;
  let bestScore = 0;
  for (const [e, s] of score) if (s > bestScore) [best, bestScore] = [e, s];
  return best;
}
