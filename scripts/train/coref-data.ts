/**
 * The pronoun ranker's examples: for every GAP record, the candidates of its pronoun as the
 * resolution stage sees them (the same code extract runs, with a ranker that records the
 * candidates and keeps the rules' choice), each labelled by whether it is name A or name B, and
 * what extract decides for the record without the ranker (for the records the ranker is not asked
 * about). Only the resolution stage and what runs before it are run.
 */
import { analyse } from '../../src/document/analyse.js';
import { referenceDateFor } from '../../src/dates/reference.js';
import { referenceDateOf } from '../../src/options.js';
import { DEFAULT_EXTRACTORS, DEFAULT_REFINERS, runPipeline } from '../../src/pipeline.js';
import { referenceResolver } from '../../src/resolution/resolve-references.js';
import type { PronounRanker } from '../../src/resolution/pronoun-ranker.js';
import type { Referent } from '../../src/resolution/salience.js';
import { gapTitle, type GoldGap } from '../eval/gold.js';
import type { RawRecord } from '../eval/data.js';
import { pronounGender, type PronounGender } from '../eval/score-coreference.js';
import { overlap, type Range } from '../eval/spans.js';

export interface Decision {
  /** Each candidate's features, in the order the resolution stage gave them. */
  xs: Float64Array[];
  ruleChoice: number;
  /** Whether each candidate is name A, name B. */
  isA: boolean[];
  isB: boolean[];
}

export interface CorefRecord {
  id: string;
  gender: PronounGender;
  goldA: boolean;
  goldB: boolean;
  /** What extract decides with the rules alone: does the pronoun refer to A, to B. */
  baseA: boolean;
  baseB: boolean;
  /** The ranker's question for this record's pronoun, when it was asked one. */
  decision: Decision | null;
}

/** The refiners up to and including the resolution stage, with the stage's ranker replaced. */
function refinersWith(ranker: PronounRanker) {
  const at = DEFAULT_REFINERS.findIndex((r) => r.name === 'resolve-references');
  return [...DEFAULT_REFINERS.slice(0, at), referenceResolver(ranker)];
}

/** Whether a candidate stands for a name: one of its entity's mentions, or of its own mentions, overlaps it. */
function isName(r: Referent, name: Range): boolean {
  return (r.entity?.mentions.some((m) => overlap(m, name) > 0) ?? false) || r.mentions.some((m) => overlap(m, name) > 0);
}

/**
 * One record as the stage sees it, with its page title (GAP's page context, given to extract as its
 * `title` option) or without it.
 */
export function collect(record: RawRecord, titled: boolean): CorefRecord {
  const gold = record as unknown as GoldGap;
  const title = titled ? gapTitle(gold.url) : null;
  let decision: Decision | null = null;
  const recorder: PronounRanker = {
    choose(xs, ruleChoice, at) {
      if (at.start === gold.pronoun.start) {
        decision = { xs: xs.map((x) => Float64Array.from(x)), ruleChoice, isA: at.referents.map((r) => isName(r, gold.a)), isB: at.referents.map((r) => isName(r, gold.b)) };
      }
      return ruleChoice;
    },
  };
  const doc = analyse(record.text, referenceDateFor(record.text, referenceDateOf(undefined)), title);
  const items = runPipeline(doc, DEFAULT_EXTRACTORS, refinersWith(recorder));
  const entity = items.entities.find((e) => e.mentions.some((m) => m.form === 'pronoun' && m.start === gold.pronoun.start && m.end === gold.pronoun.end));
  return {
    id: record.id, gender: pronounGender(gold.pronoun.text), goldA: gold.a.coref, goldB: gold.b.coref,
    baseA: entity?.mentions.some((m) => overlap(m, gold.a) > 0) ?? false, baseB: entity?.mentions.some((m) => overlap(m, gold.b) > 0) ?? false,
    decision,
  };
}
