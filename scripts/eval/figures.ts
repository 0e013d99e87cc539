/**
 * From summed counts to the rows of the one results table, with the project's targets beside the
 * figures they apply to.
 */
import type { FileResult } from './aggregate.js';
import { type Accuracy, type Counts, NER_GROUPS, prf, ratio } from './score.js';

export interface Row {
  set: string;
  measure: string;
  /** Gold items (P/R rows) or items measured (accuracy rows). */
  gold: number;
  pred: number | null;
  p: number | null;
  r: number | null;
  /** F1, or the accuracy. */
  score: number;
  target: number | null;
  /** Whether the target is a floor (the usual) or a ceiling (a difference that must stay small). */
  bound?: 'min' | 'max';
  met: boolean | null;
  /** Set when a model was trained on these very records: the figure is in-sample, not held out. */
  inSample?: string;
}

/** The targets of the brief, keyed by table label and measure. */
export const TARGETS: ReadonlyArray<{ set: string; measure: string; min?: number; max?: number; inSample?: string }> = [
  { set: 'PolNeAR', measure: 'direct+mixed lenient', min: 0.85 },
  { set: 'PolNeAR', measure: 'direct+mixed strict', min: 0.75 },
  { set: 'PolNeAR', measure: 'speaker accuracy, direct+mixed', min: 0.88 },
  { set: 'PolNeAR', measure: 'indirect lenient', min: 0.62 },
  { set: 'CoNLL-2003', measure: 'PER+ORG+LOC exact', min: 0.85 },
  { set: 'CoNLL-2003', measure: 'ORG exact', min: 0.78 },
  { set: 'MEANTIME NER', measure: 'PER+ORG+LOC exact', min: 0.4 },
  { set: 'TE-3 (all)', measure: 'value accuracy', min: 0.8 },
  { set: 'PolNeAR', measure: 'speaker accuracy, indirect', min: 0.88 },
  // The pronoun ranker is trained on GAP's dev records; its held-out figure is the nested k-fold of npm run train:coref.
  { set: 'GAP', measure: 'coreferent F1, overall', min: 0.72, inSample: 'npm run train:coref' },
  { set: 'GAP', measure: 'F1 difference, masculine - feminine', max: 0.05, inSample: 'npm run train:coref' },
  { set: 'BASIL', measure: 'quote pairs linked', min: 0.85 },
  { set: 'BASIL', measure: 'linked quotes keep the speaker', min: 0.95 },
  { set: 'BASIL', measure: 'framing vs lexical bias outside quotes', min: 0.25 },
];

function withTarget(row: Omit<Row, 'target' | 'met'>): Row {
  const t = TARGETS.find((x) => x.set === row.set && x.measure === row.measure);
  if (!t) return { ...row, target: null, met: null };
  const inSample = t.inSample ? { inSample: t.inSample } : {};
  if (t.max !== undefined) return { ...row, target: t.max, bound: 'max', met: Math.abs(row.score) <= t.max, ...inSample };
  return { ...row, target: t.min ?? null, met: row.score >= (t.min ?? 0), ...inSample };
}

function prfRow(set: string, measure: string, c: Counts): Row {
  const { p, r, f1 } = prf(c);
  return withTarget({ set, measure, gold: c.gold, pred: c.pred, p, r, score: f1 });
}

function accRow(set: string, measure: string, a: Accuracy): Row {
  return withTarget({ set, measure, gold: a.total, pred: null, p: null, r: null, score: ratio(a.correct, a.total) });
}

export function rowsFor(res: FileResult): Row[] {
  const set = res.file.label;
  const rows: Row[] = [];
  const a = res.attribution;
  if (a) {
    const order = ['direct+mixed', 'direct', 'mixed', 'indirect', 'all'] as const;
    for (const mode of ['lenient', 'strict'] as const) {
      for (const g of order) rows.push(prfRow(set, `${g} ${mode}`, a[mode][g]));
    }
    for (const g of ['direct+mixed', 'indirect', 'all'] as const) rows.push(accRow(set, `speaker accuracy, ${g}`, a.speaker[g]));
    for (const g of ['direct+mixed', 'indirect', 'all'] as const) rows.push(accRow(set, `cue accuracy, ${g}`, a.cue[g]));
  }
  const n = res.ner;
  if (n) for (const g of NER_GROUPS) rows.push(prfRow(set, `${g} exact`, n.counts[g]));
  const t = res.timex;
  if (t) {
    rows.push(prfRow(set, 'detection strict', t.strict));
    rows.push(prfRow(set, 'detection relaxed', t.relaxed));
    rows.push(accRow(set, 'type accuracy', t.type));
    rows.push(accRow(set, 'value accuracy', t.value));
    rows.push(prfRow(set, 'value F1 (TE-3)', t.valueF1));
  }
  const c = res.coreference;
  if (c) {
    const overall: Counts = { matchedPred: 0, pred: 0, matchedGold: 0, gold: 0 };
    for (const k of ['matchedPred', 'pred', 'matchedGold', 'gold'] as const) overall[k] = c.masculine[k] + c.feminine[k];
    const m = prfRow(set, 'coreferent F1, masculine', c.masculine);
    const f = prfRow(set, 'coreferent F1, feminine', c.feminine);
    rows.push(m, f, prfRow(set, 'coreferent F1, overall', overall));
    rows.push(withTarget({ set, measure: 'F1 difference, masculine - feminine', gold: c.masculine.gold + c.feminine.gold, pred: null, p: null, r: null, score: m.score - f.score }));
    // GAP's own bias figure: feminine F1 over masculine F1 (1 is unbiased).
    rows.push(withTarget({ set, measure: 'bias (feminine / masculine)', gold: c.feminine.gold, pred: null, p: null, r: null, score: ratio(f.score, m.score) }));
  }
  const cmp = res.comparison;
  if (cmp) {
    rows.push(accRow(set, 'quote pairs linked', cmp.quotePairs));
    rows.push(accRow(set, 'linked quotes keep the speaker', cmp.speakerKept));
    rows.push(accRow(set, 'quote speakers named in the label (person)', cmp.namedSpeakers));
    rows.push(prfRow(set, 'framing vs lexical bias outside quotes', cmp.framing));
  }
  return rows;
}
