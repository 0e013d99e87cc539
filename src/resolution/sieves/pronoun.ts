/**
 * Third-person pronouns, last: each takes the most salient referent of the last few sentences that
 * agrees with it in sex, number and animacy and that binding allows (Lappin and Leass 1994).
 *
 * - Agreement (features.ts): "she" is never a man or a company, "it" never a person, "they" a group.
 * - Binding: "him" and "her" as objects are never the subject of their own clause ("Smith praised him"),
 *   nor the phrase that controls their infinitive ("Smith asked Jones to help him").
 * - Salience (salience.ts), plus a bonus for the same grammatical role as the pronoun's (a subject
 *   pronoun continues the last subject), and a heavy cost for a name that comes after the pronoun,
 *   which only a pronoun in an opening phrase may point to ("In his first season, Smith ...").
 * - Pleonastic "it" ("it is clear that", "it seems") stands for nothing and is left alone.
 * The winner may be an unnamed phrase ("the plan ... it"): then the pronoun stands for no entity.
 */
import type { DocToken } from '../../document/analyse.js';
import { agrees, type Features } from '../features.js';
import type { Phrase } from '../phrases.js';
import type { ResolutionContext, Sieve } from '../sieve.js';
import { salienceAt, weight, type MentionAt, type Referent } from '../salience.js';
import { inFrontedAdjunct, ownsSubject } from '../syntax.js';
import { COPULAS, DOCUMENT_NOUNS, PLEONASTIC_VERBS } from '../words.js';
import { descriptionClass } from '../classes.js';
import { candidateFeatures, listFacts, type RuleParts } from '../pronoun-features.js';
import type { GrammaticalRole } from '../syntax.js';
import { isReportCue } from '../../attribution/cues.js';

/** Lappin and Leass's bonus for a candidate in the pronoun's own grammatical role. */
const PARALLEL = 35;
/** For "he" and "she": the cost of a name the tagger did not call a person's ("Savignac" typed an organisation). */
const UNSURE_PERSON = 50;
/**
 * For a possessive: the subject of its own clause, and the name it follows after "and", which all
 * but decides ("the daughter of Ana Ruiz and her husband" is Ruiz's husband, whoever the subject is).
 */
const CLAUSE_SUBJECT = 60;
const CONJOINED = 400;
/** Lappin and Leass's cost for a candidate after the pronoun. */
const CATAPHORA = 175;
/** The cost for the subject of the main clause after an opening phrase that holds the pronoun. */
const FRONTED_CATAPHORA = 0;

export const pronoun: Sieve = {
  name: 'pronoun',
  resolve(p, ctx) {
    const want = p.pronoun;
    if (p.kind !== 'pronoun' || !want || want.case === 'reflexive') return null;
    const tokens = ctx.doc.tokens;
    if (p.pronoun!.animacy === 'thing' && pleonastic(tokens, p.first)) return null;
    const role = ctx.role(p);
    const speaks = speechSubject(tokens, p);
    const outside = !ctx.quoted(p.start);
    const binds = binding(p, ctx);
    const kept: Referent[] = [];
    const parts: RuleParts[] = [];
    let choice = -1;
    let bestScore = -Infinity;
    for (const r of ctx.discourse.candidates(p.sentence)) {
      if (!agrees(r.features, want) || bound(r, p, binds)) continue;
      // "The ruling is wrong," it said: a thing named only inside a quote is not what speaks outside it.
      if (r.entity === null && outside && r.mentions.every((m) => ctx.quoted(m.start))) continue;
      // "Romney released a statement saying: "I cannot support him."": who speaks as "I" is not "him".
      if (!outside && want.animacy === 'person' && ctx.firstPerson(p.start) && speakerOutside(r, p, ctx)) continue;
      // The subject of "said" is one who can speak: a person, an organisation, or a document.
      if (speaks && r.entity === null && !canSpeak(tokens, r)) continue;
      const x = ruleParts(r, p, ctx, role);
      const best = choice >= 0 ? kept[choice]! : null;
      if (x.score > bestScore || (x.score === bestScore && best && r.last > best.last)) [choice, bestScore] = [kept.length, x.score];
      kept.push(r);
      parts.push(x);
    }
    const ahead = cataphor(p, ctx, bestScore);
    if (ahead) return { entity: ahead.entity, rule: 'pronoun' };
    if (choice < 0) return null;
    // "he" and "she" with a choice to make: the learned ranker weighs the candidates the rules let through.
    if (want.gender && kept.length > 1 && outside) {
      const list = listFacts(kept, parts);
      const xs = kept.map((r, i) => candidateFeatures(r, p, ctx, { ...parts[i]!, best: bestScore }, i === choice, list));
      choice = ctx.ranker.choose(xs, choice, { start: p.start, referents: kept });
    }
    const best = kept[choice]!;
    return { entity: best.entity, referent: best, rule: 'pronoun' };
  },
};

/** The parts of the rules' score of a candidate (their sum, `score`, is what the rules rank by). */
function ruleParts(r: Referent, p: Phrase, ctx: ResolutionContext, role: GrammaticalRole): RuleParts {
  const want = p.pronoun!;
  const lastRole = r.mentions.at(-1)?.role;
  const local = want.case === 'possessive' ? localBonus(r, p, ctx) : { clauseSubject: false, conjoined: false };
  const x: RuleParts = {
    salience: salienceAt(r, p.sentence), parallel: lastRole === role, unsurePerson: want.animacy === 'person' && r.features.animacy === null,
    clauseSubject: local.clauseSubject, conjoined: local.conjoined, topic: topic(r), asked: asked(r, p, ctx), continues: continues(r, p, ctx), score: 0, best: 0,
  };
  x.score = x.salience + (x.parallel ? PARALLEL : 0) - (x.unsurePerson ? UNSURE_PERSON : 0) + (x.clauseSubject ? CLAUSE_SUBJECT : 0)
    + (x.conjoined ? CONJOINED : 0) + x.topic + (x.asked ? ADDRESSEE : 0) + (x.continues ? CONTINUE : 0);
  return x;
}

/** For the subject of a question put to someone: "asked Pence whether he backed it" is about Pence. */
const ADDRESSEE = 200;

/** The object right before "whether" or "if" when the pronoun opens that clause: the one asked. */
function asked(r: Referent, p: Phrase, ctx: ResolutionContext): boolean {
  const tokens = ctx.doc.tokens;
  const opener = tokens[p.first - 1]?.normal;
  if (p.pronoun?.case !== 'nominative' || (opener !== 'whether' && opener !== 'if')) return false;
  const before = tokens[p.first - 2];
  return before !== undefined && r.mentions.some((m) => m.sentence === p.sentence && m.role !== 'subject' && m.end === before.end);
}

/**
 * Centering's continuation (Grosz, Joshi and Weinstein 1995): the subject pronoun of a main clause
 * goes on with the subject of the last sentence's main clause ("Ann Cole won the award. Lisa Park
 * praised Ann Cole at the ceremony. She then left.": Park, though Cole was named more).
 */
const CONTINUE = 40;
function continues(r: Referent, p: Phrase, ctx: ResolutionContext): boolean {
  return p.pronoun?.case === 'nominative' && ctx.clause[p.first] === 0 && r.mentions.some((m) => m.sentence === p.sentence - 1 && m.clause === 0 && m.role === 'subject');
}

/** Points per mention ever made of an entity, up to a few: what the text is about stays salient past the window's decay. */
const TOPIC_PER = 10;
const TOPIC_CAP = 5;
function topic(r: Referent): number {
  return r.entity ? TOPIC_PER * Math.min(r.count, TOPIC_CAP) : 0;
}

/** A referent that is the subject, outside quotation marks, of the sentence a quoted pronoun stands in: the quote's likely speaker. */
function speakerOutside(r: Referent, p: Phrase, ctx: ResolutionContext): boolean {
  return r.mentions.some((m) => m.sentence === p.sentence && m.role === 'subject' && !ctx.quoted(m.start));
}

/** A pronoun subject of a verb that reports speech: "it said", "they argued", "she has repeatedly said". */
function speechSubject(tokens: readonly DocToken[], p: Phrase): boolean {
  if (p.pronoun?.case !== 'nominative') return false;
  for (let k = p.last + 1; k < Math.min(tokens.length, p.last + 4); k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') continue;
    return isReportCue(t);
  }
  return false;
}

/** An unnamed referent that can speak: people, organisations, documents ("officials", "the agency", "the report"). */
function canSpeak(tokens: readonly DocToken[], r: Referent): boolean {
  if (r.features.animacy !== 'thing') return true;
  const head = tokens[r.mentions[0]!.head]!.lemma.toLowerCase();
  return descriptionClass(head) !== null || DOCUMENT_NOUNS.has(head);
}

/**
 * A possessive leans to the subject of its own clause ("Cooper, who received his education ...",
 * "Smith sold his shares") and to the name it is joined to ("Clinton and her husband").
 */
function localBonus(r: Referent, p: Phrase, ctx: ResolutionContext): { clauseSubject: boolean; conjoined: boolean } {
  const clause = ctx.clause[p.first]!;
  const tokens = ctx.doc.tokens;
  const subjectIn = (c: number) => r.mentions.some((m) => m.sentence === p.sentence && m.clause === c && m.role === 'subject' && m.start < p.start);
  // An infinitive has no subject of its own: "As Stephanie tries to balance her life".
  const clauseSubject = subjectIn(clause) || (ctx.infinitive[p.first] === 1 && clause > 0 && subjectIn(clause - 1));
  // "Clinton and her husband", "Sarah Deming, and her husband".
  const and = tokens[p.first - 1];
  const before = tokens[p.first - 2]?.normal === ',' ? tokens[p.first - 3] : tokens[p.first - 2];
  const conjoined = and?.normal === 'and' && r.mentions.some((m) => m.sentence === p.sentence && m.end === before?.end);
  return { clauseSubject, conjoined };
}

/**
 * What binds an object pronoun: the subject of its own clause and, in an infinitive, the phrase
 * that controls it: the object right before "to" when there is one ("Smith asked Jones to help him":
 * not Jones), else the clause's subject ("Smith vowed to work with him": not Smith). Read once per
 * pronoun; `bound` then asks it of each candidate.
 */
interface Binding {
  clause: number;
  /** The clause above an infinitive, or -1. */
  above: number;
  /** End offset of the object that controls the infinitive, or -1 when its subject does. */
  controller: number;
}

function binding(p: Phrase, ctx: ResolutionContext): Binding | null {
  if (p.pronoun!.case !== 'accusative') return null;
  const clause = ctx.clause[p.first]!;
  if (!ctx.infinitive[p.first] || clause === 0) return { clause, above: -1, controller: -1 };
  const tokens = ctx.doc.tokens;
  let to = p.first;
  while (to > 0 && ctx.clause[to - 1] === clause && tokens[to - 1]!.sentence === tokens[p.first]!.sentence) to--;
  const objectEnd = tokens[to - 1]?.end ?? -1;
  const controls = (m: MentionAt) => isBefore(m, p, clause - 1, 'object') && m.end === objectEnd;
  const byObject = ctx.discourse.candidates(p.sentence).some((o) => o.mentions.some(controls));
  return { clause, above: clause - 1, controller: byObject ? objectEnd : -1 };
}

const isBefore = (m: MentionAt, p: Phrase, clause: number, role: MentionAt['role']) => m.sentence === p.sentence && m.clause === clause && m.role === role && m.start < p.start;

/** Whether binding rules a candidate out for an object pronoun. */
function bound(r: Referent, p: Phrase, b: Binding | null): boolean {
  if (!b) return false;
  if (r.mentions.some((m) => isBefore(m, p, b.clause, 'subject'))) return true;
  if (b.above < 0) return false;
  if (b.controller >= 0) return r.mentions.some((m) => isBefore(m, p, b.above, 'object') && m.end === b.controller);
  return r.mentions.some((m) => isBefore(m, p, b.above, 'subject'));
}

/**
 * A name after the pronoun in its sentence, when the pronoun stands in an opening phrase or owns
 * a phrase ("His mother said Smith ..."), and the name beats the best earlier referent even after
 * the cost of coming second. Never the name of the phrase the pronoun owns ("his brother John").
 */
function cataphor(p: Phrase, ctx: ResolutionContext, toBeat: number): { entity: Phrase['entity'] } | null {
  const tokens = ctx.doc.tokens;
  const range = ctx.doc.sentenceTokens[p.sentence]!;
  const fronted = inFrontedAdjunct(tokens, p.first, range.first);
  if (p.pronoun!.case !== 'possessive' && !fronted) return null;
  // After an opening phrase, the main clause starts at its comma: names inside the phrase are not its subject.
  const main = fronted ? mainClause(tokens, p.first, range.end) : -1;
  for (let i = p.index + 1; i < ctx.phrases.length; i++) {
    const q = ctx.phrases[i]!;
    if (q.sentence !== p.sentence) break;
    if (q.first < main || q.kind !== 'name' || !q.entity || (q.nested && !ownsSubject(q, ctx.phrases, ctx.role)) || q.owner === p || inApposition(q, p, ctx)) continue;
    const f: Features = ctx.features(q.entity);
    if (!agrees(f, p.pronoun!)) continue;
    const prior = ctx.discourse.of(q.entity);
    const role = ownsSubject(q, ctx.phrases, ctx.role) ? 'subject' : ctx.role(q);
    // "In his first season, Smith ...": an opening phrase points ahead to the main clause's subject,
    // or to the owner of that subject ("After her father's death, Amalia's brother became ...").
    const cost = fronted && role === 'subject' ? FRONTED_CATAPHORA : CATAPHORA;
    const score = (prior ? salienceAt(prior, p.sentence) : 0) + weight(role) - cost;
    return score > toBeat ? { entity: q.entity } : null;
  }
  return null;
}

/** Where the main clause starts after an opening phrase: at its comma, or, with none, at the pronoun. */
function mainClause(tokens: readonly DocToken[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (tokens[i]!.normal === ',') return i;
  return from;
}

/** "her husband, Tom": a name in apposition to the phrase the pronoun owns. */
function inApposition(q: Phrase, p: Phrase, ctx: ResolutionContext): boolean {
  for (let i = p.index + 1; i < q.index; i++) {
    const x = ctx.phrases[i]!;
    if (x.owner === p && ctx.equations.get(x)?.name === q) return true;
  }
  return false;
}

/**
 * "it is clear that", "it seems", "it was in 2010 that", "it takes": an "it" that stands for
 * nothing. The verb after it (a copula or a verb of seeming) and then, within a few words and
 * before any noun, a clause: "that", "to" and a verb, "whether", "if", "how".
 */
export function pleonastic(tokens: readonly DocToken[], at: number): boolean {
  let k = at + 1;
  const verb = tokens[k];
  if (!verb) return false;
  if (verb.pos === 'AUX' && !COPULAS.has(verb.lemma)) k++;
  const main = tokens[k];
  if (!main || !(COPULAS.has(main.lemma) || PLEONASTIC_VERBS.has(main.lemma))) return false;
  if (main.lemma === 'take' || main.lemma === 'rain' || main.lemma === 'snow') return true;
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
    const t = tokens[j]!;
    if (t.normal === 'that' || t.normal === 'whether' || t.normal === 'if' || t.normal === 'how' || (t.normal === 'to' && tokens[j + 1]?.pos === 'VERB')) return true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'PUNCT') return t.normal === 'time' && j === k + 1;
  }
  return false;
}
