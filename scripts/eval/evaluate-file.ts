/**
 * Runs the public API over every record of one file and scores it. A document that throws is
 * counted, reported and scored as an empty result, so its gold items still count as missed.
 */
import { SCHEMA_VERSION, type ExtractResult } from '../../src/types.js';
import { type FileResult, sumTotals, withoutErrors } from './aggregate.js';
import type { EvalFile, RawRecord } from './data.js';
import { type ErrorRow, type ItemError, withContext } from './errors.js';
import { gapTitle, type GoldEntity, type GoldGap, type GoldQuote, type GoldTimex } from './gold.js';
import { scoreAttribution, scoreCoreference, scoreDates, scoreEntities } from './score.js';

/** The public API as the runner calls it (a parameter, so the tests can pass their own). */
export type Extract = (text: string, options?: { referenceDate?: string; title?: string }) => ExtractResult;

/**
 * The options a record gives extract: its date (when usable) and its title, which a record holds as
 * `title` (a headline) or, for GAP, as the address of the Wikipedia page (GAP's page context).
 */
export function optionsOf(r: RawRecord, dct: string | undefined): { referenceDate?: string; title?: string } | undefined {
  const title = typeof r.title === 'string' ? r.title : typeof r.url === 'string' ? gapTitle(r.url) : null;
  const options = { ...(dct === undefined ? {} : { referenceDate: dct }), ...(title ? { title } : {}) };
  return Object.keys(options).length ? options : undefined;
}

export function emptyResult(text: string): ExtractResult {
  return {
    schemaVersion: SCHEMA_VERSION, kind: 'extraction', length: text.length,
    referenceDate: { value: null, source: 'none' },
    paragraphs: [], sentences: [], entities: [], dates: [], quotes: [], quotedTerms: [], claims: [], legalActions: [], citations: [],
  };
}

function goldList<T>(r: RawRecord, field: string): T[] {
  const v = r[field];
  if (!Array.isArray(v)) throw new Error(`record ${r.id} has no "${field}" array`);
  return v as T[];
}

function scoreInto(res: FileResult, r: RawRecord, out: ExtractResult): ItemError[] {
  switch (res.file.task) {
    case 'attribution': {
      const s = scoreAttribution(goldList<GoldQuote>(r, 'quotes'), out);
      res.attribution = sumTotals(res.attribution, withoutErrors(s));
      return s.errors;
    }
    case 'ner': {
      const s = scoreEntities(goldList<GoldEntity>(r, 'entities'), out);
      res.ner = sumTotals(res.ner, withoutErrors(s));
      return s.errors;
    }
    case 'timex': {
      const s = scoreDates(goldList<GoldTimex>(r, 'timexes'), out);
      res.timex = sumTotals(res.timex, withoutErrors(s));
      return s.errors;
    }
    case 'coreference': {
      const s = scoreCoreference(gapRecord(r), out);
      res.coreference = sumTotals(res.coreference, withoutErrors(s));
      return s.errors;
    }
    case 'comparison':
      throw new Error(`${res.file.file} is scored story by story (evaluate-stories.ts), not record by record`);
  }
}

/** A GAP record, its fields checked: a pronoun and names A and B, each a span with its decision. */
function gapRecord(r: RawRecord): GoldGap {
  const isSpan = (x: unknown): x is { start: number; end: number; text: string } =>
    typeof x === 'object' && x !== null && typeof (x as { start?: unknown }).start === 'number' && typeof (x as { end?: unknown }).end === 'number';
  const { pronoun, a, b } = r as { pronoun?: unknown; a?: unknown; b?: unknown };
  if (!isSpan(pronoun) || !isSpan(a) || !isSpan(b) || typeof (a as { coref?: unknown }).coref !== 'boolean' || typeof (b as { coref?: unknown }).coref !== 'boolean') {
    throw new Error(`record ${r.id} is not a GAP example (pronoun, a, b)`);
  }
  return r as unknown as GoldGap;
}

/**
 * The record's dct when it is YYYY-MM-DD. Anything else (null, or MEANTIME's one "03-02-2009",
 * where the text says February 3) is not guessed at: the document runs without a reference date
 * and the runner lists it.
 */
function referenceDate(r: RawRecord, res: FileResult): string | undefined {
  if (r.dct === undefined) return undefined;
  if (typeof r.dct === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.dct)) return r.dct;
  res.unusableDct.push({ doc: r.id, dct: r.dct ?? null });
  return undefined;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export function evaluateFile(
  file: EvalFile, records: readonly RawRecord[], extract: Extract, errorSink: ((row: ErrorRow) => void) | null,
): FileResult {
  const res: FileResult = { file, docs: 0, failures: [], unusableDct: [], ms: 0, words: 0 };
  for (const r of records) {
    res.docs++;
    res.words += r.text.split(/\s+/).filter(Boolean).length;
    let out: ExtractResult;
    const dct = referenceDate(r, res);
    const t0 = performance.now();
    try {
      out = extract(r.text, optionsOf(r, dct));
    } catch (e) {
      res.failures.push({ doc: r.id, message: `extract threw: ${message(e)}` });
      process.stderr.write(`  ! ${r.id}: extract threw: ${message(e)}\n`);
      out = emptyResult(r.text);
    }
    res.ms += performance.now() - t0;
    let errors: ItemError[];
    try {
      errors = scoreInto(res, r, out);
    } catch (e) {
      // Malformed output (say, a claim pointing at a missing quote in a way the scorer cannot read).
      res.failures.push({ doc: r.id, message: `scoring threw: ${message(e)}` });
      process.stderr.write(`  ! ${r.id}: scoring threw: ${message(e)}\n`);
      errors = scoreInto(res, r, emptyResult(r.text));
    }
    if (errorSink) for (const e of errors) errorSink(withContext(file.label, r.id, r.text, e));
    if (res.docs % 25 === 0) process.stderr.write(`  ${file.file}: ${res.docs}/${records.length}\n`);
  }
  return res;
}
