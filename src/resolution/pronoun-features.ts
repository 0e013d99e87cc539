/**
 * What the pronoun ranker (pronoun-ranker.ts) reads of one candidate antecedent: the parts of the
 * rules' score (salience, parallel role, the possessive's clause subject, centering's continuation,
 * topic), the rules' choice, and where the candidate's mentions stand relative to the pronoun
 * (same sentence, same clause, distance, role, the pronoun's case against the candidate's role).
 * A dense vector of numbers in the fixed order of FEATURE_NAMES.
 */
import type { Phrase } from './phrases.js';
import { namedInTitle } from './title.js';
import type { ResolutionContext } from './sieve.js';
import type { MentionAt, Referent } from './salience.js';
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

/** The features read off a candidate. */
const BASE_NAMES: readonly string[] = [
  'rule:score', 'rule:gap', 'rule:choice', 'salience', 'parallel', 'unsure-person', 'clause-subject', 'conjoined',
  'topic', 'asked', 'continues', 'unnamed', 'gender-known', 'mentions-log', 'earliest',
  'same-sentence', 'same-clause', 'same-clause-subject', 'sentences-back', 'tokens-back-log', 'last-subject-main',
  'previous-main-subject', 'most-recent', 'salience-first', 'salience-second', 'rule-second', 'first-in-text', 'person-type', 'in-title', 'title-whole-name',
  'name-words', 'last-one-word', 'main-subject-here', 'object-same-clause', 'pronoun-opens', 'opens*previous-main-subject',
  'opens*same-sentence', 'after-by-with', 'pronoun:nominative', 'pronoun:accusative', 'pronoun:possessive', 'pronoun:her',
  ...ROLES.map((r) => `last-role:${r}`),
  ...CASES.flatMap((c) => CROSS_ROLES.map((r) => `case:${c}*role:${r}`)),
  ...CASES.flatMap((c) => ['same-clause-subject', 'same-sentence', 'sentences-back', 'object-same-clause'].map((f) => `case:${c}*${f}`)),
];

/**
 * Features that split the others: each feature has a second weight for candidates in the pronoun's
 * own sentence, a third for a possessive pronoun and a fourth for "her" (possessive or object), since
 * what points to the antecedent of "his" in the same clause is not what points to "he" three
 * sentences on.
 */
const CONDITIONS: readonly string[] = ['same-sentence', 'pronoun:possessive', 'pronoun:her'];

/** Where each condition stands among the base features. */
const CONDITION_AT: readonly number[] = CONDITIONS.map((c) => {
  const at = BASE_NAMES.indexOf(c);
  if (at < 0) throw new Error(`pronoun features: condition ${c} is not a feature`);
  return at;
});

/** Every feature the model weighs, in the order of a candidate's vector: the base ones, then each crossed with each condition. */
export const FEATURE_NAMES: readonly string[] = [...BASE_NAMES, ...CONDITIONS.flatMap((c) => BASE_NAMES.map((f) => `${f}|${c}`))];

export type CandidateFeatures = Float64Array;

/** Facts about the whole candidate list that a candidate's features compare against. */
export interface ListFacts {
  /** Offset of the first mention, in the whole text, of the earliest-named entity among the candidates. */
  earliest: number;
  /** Offset of the latest mention among the candidates. */
  latest: number;
  /** The best and second-best salience and rule score among the candidates. */
  salience: [number, number];
  rule: [number, number];
}

function topTwo(values: readonly number[]): [number, number] {
  const sorted = [...values].sort((a, b) => b - a);
  return [sorted[0] ?? -Infinity, sorted[1] ?? -Infinity];
}

export function listFacts(candidates: readonly Referent[], parts: readonly RuleParts[]): ListFacts {
  let earliest = Infinity;
  let latest = -Infinity;
  for (const r of candidates) {
    if (r.entity) earliest = Math.min(earliest, r.entity.mentions[0]?.start ?? Infinity);
    latest = Math.max(latest, r.last);
  }
  return { earliest, latest, salience: topTwo(parts.map((x) => x.salience)), rule: topTwo(parts.map((x) => x.score)) };
}

/** The features of candidate `r` for pronoun `p`. */
export function candidateFeatures(r: Referent, p: Phrase, ctx: ResolutionContext, parts: RuleParts, choice: boolean, list: ListFacts): CandidateFeatures {
  const x = new Float64Array(FEATURE_NAMES.length);
  const n = BASE_NAMES.length;
  const clause = ctx.clause[p.first]!;
  const before = r.mentions.filter((m) => m.start < p.start);
  const last = before.at(-1) ?? r.mentions.at(-1);
  const inSentence = before.filter((m) => m.sentence === p.sentence);
  const lastRole = last?.role ?? 'other';
  const tokensBack = last ? Math.max(0, p.first - last.head) : 0;
  const hereInSentence = inSentence.length ? 1 : 0;
  const sameClauseSubject = inSentence.some((m) => m.clause === clause && m.role === 'subject') ? 1 : 0;
  const back = last ? Math.min(4, Math.max(0, p.sentence - last.sentence)) / 4 : 1;
  const previousMain = r.mentions.some((m) => m.sentence === p.sentence - 1 && m.clause === 0 && m.role === 'subject') ? 1 : 0;
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
  x[i++] = hereInSentence;
  x[i++] = inSentence.some((m) => m.clause === clause) ? 1 : 0;
  x[i++] = sameClauseSubject;
  x[i++] = back;
  x[i++] = Math.log1p(tokensBack) / 5;
  x[i++] = last && last.role === 'subject' && last.clause === 0 ? 1 : 0;
  x[i++] = previousMain;
  x[i++] = r.last === list.latest ? 1 : 0;
  x[i++] = parts.salience === list.salience[0] ? 1 : 0;
  x[i++] = parts.salience === list.salience[1] && list.salience[1] !== list.salience[0] ? 1 : 0;
  x[i++] = parts.score === list.rule[1] && list.rule[1] !== list.rule[0] ? 1 : 0;
  x[i++] = r.entity && (r.entity.mentions[0]?.start ?? Infinity) < (ctx.doc.sentences[0]?.end ?? 0) ? 1 : 0;
  x[i++] = r.entity?.type === 'person' ? 1 : 0;
  const inTitle = namedInTitle(r.entity, ctx.titleWords);
  x[i++] = inTitle ? 1 : 0;
  x[i++] = inTitle === 2 ? 1 : 0;
  x[i++] = r.entity ? Math.min(4, r.entity.name.split(' ').length) / 4 : 0;
  // The last time the candidate was named (not a pronoun), was it by one word ("Smith")?
  const lastName = before.filter((m) => ctx.doc.tokens[m.head]!.pos === 'PROPN').at(-1);
  x[i++] = lastName && !/\s/.test(ctx.doc.norm.slice(lastName.start, lastName.end)) ? 1 : 0;
  x[i++] = inSentence.some((m) => m.clause === 0 && m.role === 'subject') ? 1 : 0;
  const objectHere = inSentence.some((m) => m.clause === clause && (m.role === 'object' || m.role === 'oblique'));
  x[i++] = objectHere ? 1 : 0;
  const range = ctx.doc.sentenceTokens[p.sentence]!;
  const opens = p.first === range.first ? 1 : 0;
  x[i++] = opens;
  x[i++] = opens * previousMain;
  x[i++] = opens * hereInSentence;
  const prep = last ? wordBefore(ctx, last) : undefined;
  x[i++] = prep === 'by' || prep === 'with' ? 1 : 0;
  const pc = p.pronoun?.case;
  for (const c of CASES) x[i++] = pc === c ? 1 : 0;
  x[i++] = ctx.doc.tokens[p.head]!.normal === 'her' ? 1 : 0;
  for (const role of ROLES) x[i++] = lastRole === role ? 1 : 0;
  for (const c of CASES) for (const role of CROSS_ROLES) x[i++] = pc === c && lastRole === role ? 1 : 0;
  for (const c of CASES) {
    const on = pc === c ? 1 : 0;
    x[i++] = on * sameClauseSubject;
    x[i++] = on * hereInSentence;
    x[i++] = on * back;
    x[i++] = on * (objectHere ? 1 : 0);
  }
  if (i !== n) throw new Error(`pronoun features: ${i} values for ${n} names`);
  CONDITION_AT.forEach((at, j) => {
    const on = x[at]!;
    if (on) for (let k = 0; k < n; k++) x[(j + 1) * n + k] = x[k]! * on;
  });
  return x;
}

/** The word before a mention: back from its head to its first token, then one more. */
function wordBefore(ctx: ResolutionContext, m: MentionAt): string | undefined {
  const tokens = ctx.doc.tokens;
  let k = m.head;
  while (k > 0 && tokens[k]!.start > m.start) k--;
  return tokens[k - 1]?.normal;
}

