/**
 * Pronoun coreference scoring on GAP (Webster et al. 2018), by GAP's own rule: every example holds
 * two decisions, "does the pronoun refer to name A?" and "to name B?", and the score is the F1 of
 * the "coreferent" class over all decisions, reported for masculine and feminine pronouns apart
 * (the set is balanced to expose gender bias; GAP reports the ratio feminine / masculine as bias).
 *
 * Our decision for a name is yes when the entity the pronoun was resolved to (the entity holding a
 * pronoun mention at exactly the pronoun's span) has a mention overlapping the name's span; a
 * pronoun left unresolved says no to both.
 */
import type { ExtractResult } from '../../src/types.js';
import type { ItemError } from './errors.js';
import type { GoldGap } from './gold.js';
import { type Counts, emptyCounts, overlap } from './spans.js';

export type PronounGender = 'masculine' | 'feminine';

export interface CoreferenceScore {
  /** Counts of the "coreferent" class over the A and B decisions, by the pronoun's gender. */
  masculine: Counts;
  feminine: Counts;
  errors: ItemError[];
}

const MASCULINE = new Set(['he', 'him', 'his', 'himself']);

export function pronounGender(pronoun: string): PronounGender {
  return MASCULINE.has(pronoun.toLowerCase()) ? 'masculine' : 'feminine';
}

export function scoreCoreference(gold: GoldGap, result: ExtractResult): CoreferenceScore {
  const out: CoreferenceScore = { masculine: emptyCounts(), feminine: emptyCounts(), errors: [] };
  const g = pronounGender(gold.pronoun.text);
  const c = out[g];
  const entity = result.entities.find((e) => e.mentions.some((m) => m.form === 'pronoun' && m.start === gold.pronoun.start && m.end === gold.pronoun.end));
  for (const [label, name] of [['A', gold.a], ['B', gold.b]] as const) {
    const predicted = entity !== undefined && entity.mentions.some((m) => overlap(m, name) > 0);
    if (predicted) c.pred++;
    if (name.coref) c.gold++;
    if (predicted && name.coref) {
      c.matchedPred++;
      c.matchedGold++;
    } else if (predicted !== name.coref) {
      out.errors.push({
        error: predicted ? 'false-positive' : 'false-negative', start: gold.pronoun.start, end: gold.pronoun.end,
        label: `${g} ${label}`, expected: name.coref ? name.text : null, got: entity?.name ?? null,
      });
    }
  }
  return out;
}
