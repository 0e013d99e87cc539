/**
 * `npm run train:cues`: trains the cue classifier of reported speech (src/attribution/cue-weights.json)
 * on PolNeAR's development split in ../shared/eval, and reports what it scores on documents it
 * did not train on, by k-fold cross-validation over documents.
 *
 *   npm run train:cues                       cross-validate, train on every document, write the weights
 *   npm run train:cues -- --select           cross-validate every setting of the grid (no write)
 *   npm run train:cues -- --folds 5 --no-write --cache .cache/cues.bin
 *   npm run train:cues -- --data DIR         polnear.dev.jsonl from DIR
 *
 * The k-fold figure is nested: each fold's decision threshold is chosen by an inner cross-validation
 * over the other folds' documents only, so no figure reported for a document was tuned on it. The
 * shipped model's threshold is the one that does best over all out-of-fold predictions. Cue rates
 * (the share of a word's uses that are cues) are mined inside each training set, and for the
 * training examples themselves out of their own inner group, so a rate never repeats an example's
 * own label. Seeded: the same data rebuild the same file byte for byte. `npm test` never runs this.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { CueModel } from '../../src/attribution/cue-model.js';
import { readRecords } from '../eval/data.js';
import type { AttributionTotals, FileResult } from '../eval/aggregate.js';
import { rowsFor } from '../eval/figures.js';
import { markdownTable } from '../eval/table.js';
import { prf } from '../eval/score.js';
import { collect, type CueDoc } from './cue-data.js';
import { bestThreshold, CHOSEN, fit, foldsOf, outOfFold, probabilities, totals, type Settings } from './cue-fit.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const log = (s: string) => process.stderr.write(`${s}\n`);

interface Args {
  select: boolean;
  quick: boolean;
  write: boolean;
  folds: number;
  data: string;
  cache: string;
  out: string;
}

function parse(argv: string[]): Args {
  const a: Args = {
    select: false, quick: false, write: true, folds: CHOSEN.folds, data: resolve(root, '..', 'shared', 'eval'), cache: '',
    out: resolve(root, 'src', 'attribution', 'cue-weights.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--select') a.select = true;
    else if (v === '--quick') a.quick = true;
    else if (v === '--no-write') a.write = false;
    else if (v === '--folds') a.folds = Number(argv[++i]);
    else if (v === '--data') a.data = resolve(argv[++i]!);
    else if (v === '--cache') a.cache = resolve(argv[++i]!);
    else if (v === '--out') a.out = resolve(argv[++i]!);
    else throw new Error(`unknown argument ${v}`);
  }
  if (!Number.isInteger(a.folds) || a.folds < 2) throw new Error('--folds takes an integer of at least 2');
  return a;
}

function loadDocs(a: Args): CueDoc[] {
  if (a.cache && existsSync(a.cache)) return deserialize(readFileSync(a.cache)) as CueDoc[];
  const records = readRecords(a.data, 'polnear.dev.jsonl', null);
  if (records === null) throw new Error(`no polnear.dev.jsonl in ${a.data}`);
  const docs: CueDoc[] = [];
  for (const r of records) {
    docs.push(collect(r));
    if (docs.length % 50 === 0) log(`  collected ${docs.length}/${records.length}`);
  }
  if (a.cache) {
    mkdirSync(dirname(a.cache), { recursive: true });
    writeFileSync(a.cache, serialize(docs));
  }
  return docs;
}

function table(label: string, t: AttributionTotals): string {
  const res = { file: { set: 'polnear', label, file: '', task: 'attribution' }, docs: 0, failures: [], unusableDct: [], ms: 0, words: 0, attribution: t } as FileResult;
  return markdownTable(rowsFor(res).filter((r) => !r.measure.startsWith('all')));
}

/** Nested k-fold: every fold's threshold is chosen on the other folds alone. */
function crossValidate(docs: readonly CueDoc[], s: Settings, k: number): { nested: AttributionTotals; pooled: AttributionTotals; threshold: number } {
  const fold = foldsOf(docs.length, k, s.seed);
  const everyone = docs.map((_, i) => i);
  const oof = outOfFold(docs, everyone, fold, s);
  const probs = everyone.map((i) => oof.get(i)!);
  const thresholds = new Map<number, number>();
  for (let f = 0; f < k; f++) {
    const inner = everyone.filter((i) => fold[i] !== f);
    const innerOof = outOfFold(docs, inner, fold, s);
    thresholds.set(f, bestThreshold(inner.map((i) => docs[i]!), inner.map((i) => innerOof.get(i)!)));
    log(`  fold ${f}: threshold ${thresholds.get(f)}`);
  }
  const nested = totals(docs, probs, (i) => thresholds.get(fold[i]!)!);
  const threshold = bestThreshold(docs, probs);
  return { nested, pooled: totals(docs, probs, () => threshold), threshold };
}

function select(docs: readonly CueDoc[], k: number): void {
  const fold = foldsOf(docs.length, k, CHOSEN.seed);
  const everyone = docs.map((_, i) => i);
  for (const epochs of [4, 8, 16]) {
    for (const l2 of [0.0001, 0.001, 0.01]) {
      for (const minCount of [4, 8, 16]) {
        const s = { ...CHOSEN, epochs, l2, minCount };
        const oof = outOfFold(docs, everyone, fold, s);
        const probs = everyone.map((i) => oof.get(i)!);
        const t = bestThreshold(docs, probs);
        const c = prf(totals(docs, probs, () => t).lenient.indirect);
        log(`epochs ${epochs} l2 ${l2} minCount ${minCount}: threshold ${t} P ${c.p.toFixed(3)} R ${c.r.toFixed(3)} F1 ${c.f1.toFixed(3)}`);
      }
    }
  }
}

/** One cross-validation with the chosen settings and a pooled threshold: the quick check while developing. */
function quick(docs: readonly CueDoc[], k: number): void {
  const fold = foldsOf(docs.length, k, CHOSEN.seed);
  const everyone = docs.map((_, i) => i);
  const oof = outOfFold(docs, everyone, fold, CHOSEN);
  const probs = everyone.map((i) => oof.get(i)!);
  const t = bestThreshold(docs, probs);
  const c = prf(totals(docs, probs, () => t).lenient.indirect);
  log(`threshold ${t} P ${c.p.toFixed(3)} R ${c.r.toFixed(3)} F1 ${c.f1.toFixed(3)}`);
}

function main(): void {
  const a = parse(process.argv.slice(2));
  const started = performance.now();
  const docs = loadDocs(a);
  const n = docs.reduce((s, d) => s + d.candidates.length, 0);
  const pos = docs.reduce((s, d) => s + d.candidates.filter((c) => c.match).length, 0);
  log(`${docs.length} documents, ${n} candidates, ${pos} that match a gold attribution (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (a.select) return select(docs, a.folds);
  if (a.quick) return quick(docs, a.folds);
  const cv = crossValidate(docs, CHOSEN, a.folds);
  process.stdout.write(`\n${a.folds}-fold cross-validation, nested (each fold's threshold chosen on the other folds):\n\n${table('PolNeAR k-fold', cv.nested)}\n`);
  process.stdout.write(`\nThe same folds with one threshold (${cv.threshold}) chosen over all of them:\n\n${table('PolNeAR k-fold', cv.pooled)}\n`);
  const stored = fit(docs, CHOSEN, cv.threshold);
  const whole = totals(docs, docs.map((d) => probabilities(d, new CueModel(stored))), () => cv.threshold);
  process.stdout.write(`\nThe shipped model on the documents it was trained on (whole dev):\n\n${table('PolNeAR whole dev', whole)}\n`);
  if (a.write) {
    writeFileSync(a.out, `${JSON.stringify(stored, null, 1)}\n`);
    log(`wrote ${a.out}: ${Object.keys(stored.weights).length} weights, ${Object.keys(stored.rates).length} rates, threshold ${stored.threshold}`);
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
