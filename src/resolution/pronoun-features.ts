/**
 * What the pronoun ranker (pronoun-ranker.ts) reads of one candidate antecedent: the parts of the
 * rules' score (salience, parallel role, the possessive's clause subject, centering's continuation,
 * topic), the rules' choice, and where the candidate's mentions stand relative to the pronoun
 * (same sentence, same clause, distance, role, the pronoun's case against the candidate's role).
 * A dense vector of numbers in the fixed order of FEATURE_NAMES.
 */
import type { Phrase } from './phrases.js';
import type { ResolutionContext } from './sieve.js';
import type { Referent } from './salience.js';
import type { GrammaticalRole } from './syntax.js';

/** The parts of the rules' score of one candidate (sieves/pronoun.ts adds them up). */
export interface RuleParts {
  salience: number;
  parallel: boolean;
  unsurePerson: boolean;
  clauseSubject: boolean;
  conjoined: boolean;
  topic: number;
  asked: boolean;
  continues: boolean;
  /** The sum, and the best sum among the pronoun's candidates. */
  score: number;
  best: number;
}

const ROLES: readonly GrammaticalRole[] = ['subject', 'object', 'oblique', 'possessive', 'predicate', 'modifier', 'other'];
const CASES = ['nominative', 'accusative', 'possessive'] as const;
const CROSS_ROLES: readonly GrammaticalRole[] = ['subject', 'object', 'possessive'];

export const FEATURE_NAMES: readonly string[] = [
  'rule:score', 'rule:gap', 'rule:choice', 'salience', 'parallel', 'unsure-person', 'clause-subject', 'conjoined',
  'topic', 'asked', 'continues', 'unnamed', 'gender-known', 'mentions-log', 'earliest',
  'same-sentence', 'same-clause', 'same-clause-subject', 'sentences-back', 'tokens-back-log', 'last-subject-main',
  'previous-main-subject', 'most-recent',
  ...ROLES.map((r) => `last-role:${r}`),
  ...CASES.flatMap((c) => CROSS_ROLES.map((r) => `case:${c}*role:${r}`)),
];

export type CandidateFeatures = Float64Array;

/** Facts about the whole candidate list that a candidate's features compare against. */
export interface ListFacts {
  /** Offset of the first mention, in the whole text, of the earliest-named entity among the candidates. */
  earliest: number;
  /** Offset of the latest mention among the candidates. */
  latest: number;
}

export function listFacts(candidates: readonly Referent[]): ListFacts {
  let earliest = Infinity;
  let latest = -Infinity;
  for (const r of candidates) {
    if (r.entity) earliest = Math.min(earliest, r.entity.mentions[0]?.start ?? Infinity);
    latest = Math.max(latest, r.last);
  }
  return { earliest, latest };
}

/** The features of candidate `r` for pronoun `p`. */
export function candidateFeatures(r: Referent, p: Phrase, ctx: ResolutionContext, parts: RuleParts, choice: boolean, list: ListFacts): CandidateFeatures {
  const x = new Float64Array(FEATURE_NAMES.length);
  const clause = ctx.clause[p.first]!;
  const before = r.mentions.filter((m) => m.start < p.start);
  const last = before.at(-1) ?? r.mentions.at(-1);
  const inSentence = before.filter((m) => m.sentence === p.sentence);
  const lastRole = last?.role ?? 'other';
  const tokensBack = last ? Math.max(0, p.first - last.head) : 0;
  let i = 0;
  x[i++] = parts.score / 100;
  x[i++] = (parts.score - parts.best) / 100;
  x[i++] = choice ? 1 : 0;
  x[i++] = parts.salience / 100;
  x[i++] = parts.parallel ? 1 : 0;
  x[i++] = parts.unsurePerson ? 1 : 0;
  x[i++] = parts.clauseSubject ? 1 : 0;
  x[i++] = parts.conjoined ? 1 : 0;
  x[i++] = parts.topic / 50;
  x[i++] = parts.asked ? 1 : 0;
  x[i++] = parts.continues ? 1 : 0;
  x[i++] = r.entity ? 0 : 1;
  x[i++] = r.features.gender ? 1 : 0;
  x[i++] = Math.log1p(r.count);
  x[i++] = r.entity && r.entity.mentions[0]?.start === list.earliest ? 1 : 0;
  x[i++] = inSentence.length ? 1 : 0;
  x[i++] = inSentence.some((m) => m.clause === clause) ? 1 : 0;
  x[i++] = inSentence.some((m) => m.clause === clause && m.role === 'subject') ? 1 : 0;
  x[i++] = last ? Math.min(4, Math.max(0, p.sentence - last.sentence)) / 4 : 1;
  x[i++] = Math.log1p(tokensBack) / 5;
  x[i++] = last && last.role === 'subject' && last.clause === 0 ? 1 : 0;
  x[i++] = r.mentions.some((m) => m.sentence === p.sentence - 1 && m.clause === 0 && m.role === 'subject') ? 1 : 0;
  x[i++] = r.last === list.latest ? 1 : 0;
  for (const role of ROLES) x[i++] = lastRole === role ? 1 : 0;
  const pc = p.pronoun?.case;
  for (const c of CASES) for (const role of CROSS_ROLES) x[i++] = pc === c && lastRole === role ? 1 : 0;
  return x;
}
