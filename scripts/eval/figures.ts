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
  met: boolean | null;
}

/** The targets of the brief, keyed by table label and measure. */
export const TARGETS: ReadonlyArray<{ set: string; measure: string; min: number }> = [
  { set: 'PolNeAR', measure: 'direct+mixed lenient', min: 0.85 },
  { set: 'PolNeAR', measure: 'direct+mixed strict', min: 0.75 },
  { set: 'PolNeAR', measure: 'speaker accuracy, direct+mixed', min: 0.85 },
  { set: 'PolNeAR', measure: 'indirect lenient', min: 0.6 },
  { set: 'CoNLL-2003', measure: 'PER+ORG+LOC exact', min: 0.85 },
  { set: 'CoNLL-2003', measure: 'ORG exact', min: 0.78 },
  { set: 'MEANTIME NER', measure: 'PER+ORG+LOC exact', min: 0.4 },
  { set: 'TE-3 (all)', measure: 'value accuracy', min: 0.8 },
  { set: 'BASIL', measure: 'quote pairs linked', min: 0.85 },
  { set: 'BASIL', measure: 'linked quotes keep the speaker', min: 0.95 },
  { set: 'BASIL', measure: 'framing vs lexical bias outside quotes', min: 0.25 },
];

function withTarget(row: Omit<Row, 'target' | 'met'>): Row {
  const t = TARGETS.find((x) => x.set === row.set && x.measure === row.measure);
  return { ...row, target: t?.min ?? null, met: t ? row.score >= t.min : null };
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
  const c = res.comparison;
  if (c) {
    rows.push(accRow(set, 'quote pairs linked', c.quotePairs));
    rows.push(accRow(set, 'linked quotes keep the speaker', c.speakerKept));
    rows.push(prfRow(set, 'framing vs lexical bias outside quotes', c.framing));
  }
  return rows;
}
