/** Summing per-document scores into per-file totals, and the per-file record the runner keeps. */
import type { EvalFile } from './data.js';
import type { AttributionScore, ComparisonScore, CoreferenceScore, NerScore, TimexScore } from './score.js';

/** Scores without their error lists: only counts are summed. */
export type AttributionTotals = Omit<AttributionScore, 'errors'>;
export type NerTotals = Omit<NerScore, 'errors'>;
export type TimexTotals = Omit<TimexScore, 'errors'>;
export type CoreferenceTotals = Omit<CoreferenceScore, 'errors'>;
export type ComparisonTotals = Omit<ComparisonScore, 'errors'>;

export interface Failure {
  doc: string;
  message: string;
}

export interface FileResult {
  file: EvalFile;
  docs: number;
  /** Documents whose extraction or scoring threw; their gold items still count as missed. */
  failures: Failure[];
  /** Documents whose dct was not YYYY-MM-DD, run without a reference date. */
  unusableDct: Array<{ doc: string; dct: string | null }>;
  /** Time spent inside `extract` only. */
  ms: number;
  words: number;
  attribution?: AttributionTotals;
  ner?: NerTotals;
  timex?: TimexTotals;
  coreference?: CoreferenceTotals;
  comparison?: ComparisonTotals;
  /** Comparison sets: stories compared, and the time spent inside `compare`. */
  stories?: number;
  compareMs?: number;
}

type Numeric = { [k: string]: number | Numeric };

/** Adds every number of `x` into the same place in `into`, creating missing places. */
function addInto(into: Numeric, x: Numeric): void {
  for (const [k, v] of Object.entries(x)) {
    if (typeof v === 'number') into[k] = ((into[k] as number | undefined) ?? 0) + v;
    else {
      const slot = (into[k] ??= {}) as Numeric;
      addInto(slot, v);
    }
  }
}

/** Adds `x` into `into` (a fresh object when `into` is undefined) and returns it. */
export function sumTotals<T extends object>(into: T | undefined, x: T): T {
  const target = (into ?? {}) as unknown as Numeric;
  addInto(target, x as unknown as Numeric);
  return target as unknown as T;
}

export function withoutErrors<T extends { errors: unknown }>(s: T): Omit<T, 'errors'> {
  const { errors: _dropped, ...rest } = s;
  return rest;
}

/** Pools several files of one task (TempEval-3 platinum + tbaq) into one result. */
export function pool(label: string, parts: readonly FileResult[]): FileResult | null {
  const first = parts[0];
  if (first === undefined) return null;
  const out: FileResult = {
    file: { ...first.file, label, file: parts.map((p) => p.file.file).join(' + ') },
    docs: 0, failures: [], unusableDct: [], ms: 0, words: 0,
  };
  for (const p of parts) {
    out.docs += p.docs;
    out.failures.push(...p.failures);
    out.unusableDct.push(...p.unusableDct);
    out.ms += p.ms;
    out.words += p.words;
    if (p.timex) out.timex = sumTotals(out.timex, p.timex);
    if (p.attribution) out.attribution = sumTotals(out.attribution, p.attribution);
    if (p.ner) out.ner = sumTotals(out.ner, p.ner);
    if (p.coreference) out.coreference = sumTotals(out.coreference, p.coreference);
  }
  return out;
}
