/**
 * Salience, as Lappin and Leass (1994) weigh it: each mention gives its referent points for being
 * recent, for its grammatical role (a subject more than an object, an object more than an oblique)
 * and for standing on its own rather than inside another phrase; a referent's points halve with
 * every sentence. A referent is an entity, or an unnamed noun phrase ("the plan", "officials"),
 * which competes with entities for a pronoun so that "it" after "the plan" is not the company.
 *
 * Only referents mentioned in the last few sentences are kept, so a question costs what is recent,
 * not what the whole article holds.
 */
import type { Entity } from '../types.js';
import type { Features } from './features.js';
import type { GrammaticalRole } from './syntax.js';

/** Points by role (Lappin and Leass: subject 80, existential 70, object 50, indirect object and oblique 40). */
export const ROLE_WEIGHT: Record<GrammaticalRole, number> = { subject: 80, predicate: 70, object: 50, oblique: 40, possessive: 40, modifier: 0, other: 0 };
/** Points every mention earns for being in the current sentence. */
export const RECENCY = 100;
/** Points for a phrase that is not inside another phrase. */
export const HEAD_EMPHASIS = 80;
/** Points for a phrase that is not in a prepositional phrase. */
export const NON_ADVERBIAL = 50;
/** What a referent keeps of its salience from one sentence to the next (Lappin and Leass: half). */
export const DECAY = 0.5;
/** Sentences a referent stays a candidate after its last mention. */
export const WINDOW = 4;

export interface MentionAt {
  /** Token index of the mention's head. */
  head: number;
  sentence: number;
  clause: number;
  role: GrammaticalRole;
  /** Offsets, for the binding checks that compare phrases. */
  start: number;
  end: number;
}

export interface Referent {
  entity: Entity | null;
  features: Features;
  /** Salience from sentences before `sentence`, as of `sentence`. */
  past: number;
  /** Points of `sentence` itself: the best of its mentions there, counted once (Lappin and Leass). */
  current: number;
  sentence: number;
  /** Offset of the latest mention. */
  last: number;
  /** Mentions in the window, oldest first. */
  mentions: MentionAt[];
  /** Mentions ever, outside the window too: how much the text is about the referent. */
  count: number;
}

/** The points one mention earns. */
export function weight(role: GrammaticalRole): number {
  return RECENCY + ROLE_WEIGHT[role] + (role === 'modifier' || role === 'possessive' ? 0 : HEAD_EMPHASIS) + (role === 'oblique' ? 0 : NON_ADVERBIAL);
}

/** Salience of a referent at sentence `at`. */
export function salienceAt(r: Referent, at: number): number {
  return (r.past + r.current) * DECAY ** Math.max(0, at - r.sentence);
}

/** Adds a mention's points: a new sentence halves what came before; in the same sentence the best mention counts. */
function credit(r: Referent, m: MentionAt): void {
  if (m.sentence !== r.sentence) {
    r.past = salienceAt(r, m.sentence);
    r.current = 0;
    r.sentence = m.sentence;
  }
  r.current = Math.max(r.current, weight(m.role));
  r.last = m.start;
  r.mentions.push(m);
  r.count++;
}

export class Discourse {
  private readonly byEntity = new Map<Entity, Referent>();
  private recent: Referent[] = [];

  /**
   * `time` gives each sentence its place in the narration; by default its index. resolve-references
   * stops the clock inside quotations, so a long quote does not push its speaker out of the window
   * ("She doubled down: "...five quoted sentences...," she said").
   */
  constructor(private readonly time: (sentence: number) => number = (s) => s) {}

  /** Records a mention of `entity` (or of a new unnamed referent when entity is null) and returns its referent. */
  mention(entity: Entity | null, features: () => Features, m: MentionAt): Referent {
    let r = entity ? this.byEntity.get(entity) : undefined;
    if (!r) {
      r = { entity, features: features(), past: 0, current: 0, sentence: m.sentence, last: m.start, mentions: [], count: 0 };
      if (entity) this.byEntity.set(entity, r);
      this.recent.push(r);
    } else if (!this.recent.includes(r)) this.recent.push(r);
    credit(r, m);
    return r;
  }

  /** Records another mention of an unnamed referent: "the plan ... it". */
  again(r: Referent, m: MentionAt): void {
    credit(r, m);
    if (!this.recent.includes(r)) this.recent.push(r);
  }

  /** The referent of an entity, if it was ever mentioned. */
  of(entity: Entity): Referent | undefined {
    return this.byEntity.get(entity);
  }

  /** Referents mentioned within the window before sentence `at`; drops the older ones. */
  candidates(at: number): readonly Referent[] {
    const now = this.time(at);
    if (this.recent.some((r) => now - this.time(r.sentence) > WINDOW)) {
      this.recent = this.recent.filter((r) => now - this.time(r.sentence) <= WINDOW);
      for (const r of this.recent) r.mentions = r.mentions.filter((m) => now - this.time(m.sentence) <= WINDOW);
    }
    return this.recent;
  }

  /** Every entity referent ever mentioned, for descriptions that reach further back than the window. */
  entities(): IterableIterator<Referent> {
    return this.byEntity.values();
  }
}
