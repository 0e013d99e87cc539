/**
 * The cue classifier's examples: every candidate reported claim of every PolNeAR document, made by
 * the same code extract runs (reportedCandidates), with two labels read off the gold attributions:
 *  - cue:   the candidate's cue overlaps a gold cue (what the cue rate counts);
 *  - match: the claim it makes matches a gold attribution (character overlap >= 0.3 of the longer
 *           span, the lenient rule of the evaluation) that no quote claim or fixed rule matched.
 * The documents' own quote claims and fixed-rule claims are kept too, so a fold can be scored
 * exactly as `npm run eval` scores it.
 */
import { analyse } from '../../src/document/analyse.js';
import { referenceDateFor } from '../../src/dates/reference.js';
import { referenceDateOf } from '../../src/options.js';
import { DEFAULT_EXTRACTORS, DEFAULT_REFINERS, runPipeline, type Items } from '../../src/pipeline.js';
import { reportedCandidates } from '../../src/attribution/reported-speech.js';
import { CueModel } from '../../src/attribution/cue-model.js';
import { SCHEMA_VERSION, type Claim, type ExtractResult, type ReportedClaim } from '../../src/types.js';
import type { GoldQuote } from '../eval/gold.js';
import type { RawRecord } from '../eval/data.js';
import { predictedAttributions } from '../eval/score-attribution.js';
import { greedyMatch, overlap, overlapRatio } from '../eval/spans.js';

export interface Candidate {
  claim: ReportedClaim;
  features: string[];
  rateKey: string;
  cue: boolean;
  match: boolean;
}

export interface CueDoc {
  id: string;
  text: string;
  gold: GoldQuote[];
  /** Everything extract finds before reported speech, and the fixed rules' claims. */
  items: Items;
  fixed: Claim[];
  candidates: Candidate[];
}

/** A model with no weights: it scores nothing, but reportedCandidates needs one. */
const EMPTY = new CueModel({ format: 1, trained: {}, bias: 0, threshold: 1, weights: {}, rates: {} });

/** The refiners extract runs before reported speech. */
const BEFORE = DEFAULT_REFINERS.slice(0, DEFAULT_REFINERS.findIndex((r) => r.name === 'reported-speech'));

export function collect(record: RawRecord): CueDoc {
  const dct = typeof record.dct === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.dct) ? record.dct : undefined;
  const doc = analyse(record.text, referenceDateFor(record.text, referenceDateOf(dct)));
  const items = runPipeline(doc, DEFAULT_EXTRACTORS, BEFORE);
  const gold = record.quotes as GoldQuote[];
  const all = reportedCandidates(doc, items, EMPTY, true);
  const fixed = all.filter((c) => c.fixed).map((c) => c.claim);
  // Gold items left for the candidates: those the quote claims and fixed rules do not match.
  const taken = asResult(record.text, items, fixed);
  const used = new Set(greedyMatch(predictedAttributions(taken), gold, overlapRatio, (s) => s >= 0.3).map((p) => p.gold));
  const open = gold.filter((_, i) => !used.has(i));
  const candidates = all.filter((c) => !c.fixed).map((c) => ({
    claim: c.claim, features: c.features, rateKey: c.rateKey!,
    cue: gold.some((g) => g.cue !== null && overlap(g.cue, c.claim.cue) > 0),
    match: open.some((g) => overlapRatio(c.claim.content, g) >= 0.3),
  }));
  return { id: record.id, text: record.text, gold, items, fixed, candidates };
}

/** What extract would return with these reported claims, as far as the attribution scorer reads it. */
export function asResult(text: string, items: Items, reported: readonly Claim[]): ExtractResult {
  return {
    schemaVersion: SCHEMA_VERSION, kind: 'extraction', length: text.length, referenceDate: { value: null, source: 'none' },
    paragraphs: [], sentences: [], ...items, claims: [...items.claims, ...reported],
  };
}
