/**
 * The shape of one sieve of the resolution stage, and what every sieve may read. A sieve looks at
 * one referring phrase (a pronoun or a description) and either decides what it stands for or
 * leaves it to the next sieve; the list in sieves/index.ts runs the most precise first.
 */
import type { AnalysedDocument } from '../document/analyse.js';
import type { Entity, ResolutionRule } from '../types.js';

export type { ResolutionRule };
import type { DescriptionClass } from './classes.js';
import type { Features } from './features.js';
import type { Phrase } from './phrases.js';
import type { Equation, Role } from './roles.js';
import type { Discourse, Referent } from './salience.js';
import type { GrammaticalRole } from './syntax.js';
import type { PronounRanker } from './pronoun-ranker.js';


export interface Decision {
  /** The entity the phrase stands for, or null: it stands for something unnamed ("it" for "the plan"). */
  entity: Entity | null;
  /** The referent chosen among the candidates, when a sieve chose one (a pronoun's antecedent). */
  referent?: Referent;
  rule: ResolutionRule;
}

export interface ResolutionContext {
  readonly doc: AnalysedDocument;
  readonly phrases: readonly Phrase[];
  /** Entities by role noun, in the order the text first gives each one the role, with all their roles. */
  readonly roles: ReadonlyMap<string, ReadonlyArray<{ entity: Entity; roles: readonly Role[] }>>;
  /** Entities (not people) by the head word of their names: "court" for "federal court". */
  readonly heads: ReadonlyMap<string, readonly Entity[]>;
  readonly equations: ReadonlyMap<Phrase, Equation>;
  readonly discourse: Discourse;
  /** Clause number of every token within its sentence, and which clauses are infinitives (syntax.ts). */
  readonly clause: Int32Array;
  readonly infinitive: Uint8Array;
  /** The words of the article's title that may be names (title.ts): its topic. */
  readonly titleWords: ReadonlySet<string>;
  /** Chooses among the candidates of "he" and "she" (pronoun-ranker.ts). */
  readonly ranker: PronounRanker;
  /** Decisions made so far, by phrase. */
  readonly decided: ReadonlyMap<Phrase, Decision>;
  features(e: Entity): Features;
  /** The entity of a kind named most often before an offset (prominence.ts), or null. */
  prominent(c: DescriptionClass, before: number): Entity | null;
  /** The one entity of a kind in the whole text, or null when there are none or several. */
  onlyOfClass(c: DescriptionClass): Entity | null;
  role(p: Phrase): GrammaticalRole;
  /** Whether an offset lies inside quotation marks (another voice than the text's own). */
  quoted(at: number): boolean;
  /** Whether the quote around an offset speaks in the first person ("I", "we"): then its speaker is not "he" or "she" in it. */
  firstPerson(at: number): boolean;
}

export interface Sieve {
  name: ResolutionRule;
  /** A decision, or null to leave the phrase to the next sieve. */
  resolve(p: Phrase, ctx: ResolutionContext): Decision | null;
}
