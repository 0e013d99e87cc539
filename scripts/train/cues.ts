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
import { CueModel, type StoredCueModel } from '../../src/attribution/cue-model.js';
import { rateFeatures } from '../../src/attribution/cue-features.js';
import type { CueCandidate } from '../../src/attribution/cue-candidates.js';
import { readRecords } from '../eval/data.js';
import { sumTotals, withoutErrors, type AttributionTotals, type FileResult } from '../eval/aggregate.js';
import { rowsFor } from '../eval/figures.js';
import { markdownTable } from '../eval/table.js';
import { scoreAttribution } from '../eval/score-attribution.js';
import { prf } from '../eval/score.js';
import { asResult, collect, type Candidate, type CueDoc } from './cue-data.js';
import { trainLogistic, type Example } from './logistic.js';
import { mulberry32 } from './perceptron.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The settings chosen by cross-validation on the dev split (`--select`). */
const CHOSEN = { epochs: 8, l2: 0.001, rate: 0.1, minCount: 2, prune: 0.001, seed: 20261214, folds: 5 };
type Settings = typeof CHOSEN;

/** A word needs this many candidates in the training documents to have a cue rate. */
const MIN_RATE_COUNT = 3;
/** Inner groups for the out-of-group cue rates of training examples. */
const RATE_GROUPS = 5;
/** Thresholds tried. */
const THRESHOLDS = Array.from({ length: 61 }, (_, i) => Math.round((0.2 + i * 0.01) * 100) / 100);

const log = (s: string) => process.stderr.write(`${s}\n`);

interface Args {
  select: boolean;
  write: boolean;
  folds: number;
  data: string;
  cache: string;
  out: string;
}

function parse(argv: string[]): Args {
  const a: Args = {
    select: false, write: true, folds: CHOSEN.folds, data: resolve(root, '..', 'shared', 'eval'), cache: '',
    out: resolve(root, 'src', 'attribution', 'cue-weights.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--select') a.select = true;
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

/** Documents split into k folds, the same way on every run. */
function foldsOf(n: number, k: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(n);
  order.forEach((d, i) => (fold[d] = i % k));
  return fold;
}

/** Cue rates over some documents' candidates: for each word with enough uses, the share that are cues. */
function mineRates(docs: readonly CueDoc[]): Map<string, number> {
  const seen = new Map<string, [number, number]>();
  for (const d of docs) {
    for (const c of d.candidates) {
      const s = seen.get(c.rateKey) ?? [0, 0];
      s[0]++;
      if (c.cue) s[1]++;
      seen.set(c.rateKey, s);
    }
  }
  const rates = new Map<string, number>();
  for (const [k, [n, cues]] of seen) if (n >= MIN_RATE_COUNT) rates.set(k, Math.round((cues / n) * 100) / 100);
  return rates;
}

/** The candidate as the runtime sees it (rateFeatures reads only its class and word). */
const asCue = (c: Candidate): CueCandidate => {
  const [cls, ...word] = c.rateKey.split(':');
  return { cls: cls as CueCandidate['cls'], word: word.join(':'), head: 0, first: 0, last: 0, type: 'statement', listed: false };
};

/** Trains on `docs` and returns the stored model (its threshold set to `threshold`). */
function fit(docs: readonly CueDoc[], s: Settings, threshold: number): StoredCueModel {
  // Training examples read rates mined out of their own inner group.
  const groups = Array.from({ length: RATE_GROUPS }, (_, g) => mineRates(docs.filter((_, i) => i % RATE_GROUPS !== g)));
  const named: Array<{ features: string[]; label: 0 | 1 }> = [];
  docs.forEach((d, i) => {
    const rates = groups[i % RATE_GROUPS]!;
    for (const c of d.candidates) named.push({ features: [...c.features, ...rateFeatures(asCue(c), rates.get(c.rateKey))], label: c.match && c.cue ? 1 : 0 });
  });
  const counts = new Map<string, number>();
  for (const x of named) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= s.minCount).map(([f]) => f).sort();
  const ids = new Map(names.map((f, i) => [f, i]));
  const examples: Example[] = named.map((x) => ({
    features: Int32Array.from(x.features.flatMap((f) => (ids.has(f) ? [ids.get(f)!] : []))),
    label: x.label,
  }));
  const m = trainLogistic(examples, names.length, { epochs: s.epochs, l2: s.l2, rate: s.rate, seed: s.seed });
  const weights: Record<string, number> = {};
  names.forEach((f, i) => {
    const w = Math.round(m.w[i]! * 1e4) / 1e4;
    if (Math.abs(w) > s.prune) weights[f] = w;
  });
  const rates = Object.fromEntries([...mineRates(docs)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    format: 1, trained: { data: 'PolNeAR dev (polnear.dev.jsonl)', documents: docs.length, ...s },
    bias: Math.round(m.bias * 1e4) / 1e4, threshold, weights, rates,
  };
}

/** Each candidate's probability under `model`, exactly as extract computes it. */
function probabilities(d: CueDoc, model: CueModel): number[] {
  return d.candidates.map((c) => model.probability([...c.features, ...rateFeatures(asCue(c), model.rate(c.rateKey))]));
}

/** Attribution totals over documents, each keeping the candidates at or above the threshold. */
function totals(docs: readonly CueDoc[], probs: readonly number[][], threshold: (d: number) => number): AttributionTotals {
  let sum: AttributionTotals | undefined;
  docs.forEach((d, i) => {
    const kept = d.candidates.filter((_, j) => probs[i]![j]! >= threshold(i)).map((c) => c.claim);
    const s = scoreAttribution(d.gold, asResult(d.text, d.items, [...d.fixed, ...kept]));
    sum = sumTotals(sum, withoutErrors(s));
  });
  return sum!;
}

const indirectF1 = (t: AttributionTotals): number => prf(t.lenient.indirect).f1;

/** The threshold with the best indirect lenient F1 over these documents and probabilities. */
function bestThreshold(docs: readonly CueDoc[], probs: readonly number[][]): number {
  let best = THRESHOLDS[0]!;
  let bestF1 = -1;
  for (const t of THRESHOLDS) {
    const f1 = indirectF1(totals(docs, probs, () => t));
    if (f1 > bestF1) [best, bestF1] = [t, f1];
  }
  return best;
}

/** Out-of-fold probabilities for `docs` (indices into all), each fold's model trained on the rest of `docs`. */
function outOfFold(all: readonly CueDoc[], members: readonly number[], fold: readonly number[], s: Settings): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const f of [...new Set(members.map((i) => fold[i]!))].sort((a, b) => a - b)) {
    const train = members.filter((i) => fold[i] !== f).map((i) => all[i]!);
    const model = new CueModel(fit(train, s, 0.5));
    for (const i of members) if (fold[i] === f) out.set(i, probabilities(all[i]!, model));
  }
  return out;
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
      for (const minCount of [1, 2, 4]) {
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

function main(): void {
  const a = parse(process.argv.slice(2));
  const started = performance.now();
  const docs = loadDocs(a);
  const n = docs.reduce((s, d) => s + d.candidates.length, 0);
  const pos = docs.reduce((s, d) => s + d.candidates.filter((c) => c.match).length, 0);
  log(`${docs.length} documents, ${n} candidates, ${pos} that match a gold attribution (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (a.select) return select(docs, a.folds);
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
