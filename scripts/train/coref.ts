/**
 * `npm run train:coref`: trains the pronoun ranker of the resolution stage
 * (src/resolution/pronoun-weights*.json) on GAP's development set in ../shared/eval, and reports what
 * it scores on records it did not train on, by k-fold cross-validation over records. Two models: one
 * for texts alone (pronoun-weights.json) and one for texts with a title (pronoun-weights-titled.json,
 * trained on each record with its page title as extract's `title` option).
 *
 *   npm run train:coref                    cross-validate (nested), train on every record, write the weights
 *   npm run train:coref -- --no-write      figures only
 *   npm run train:coref -- --data DIR      gap-development.jsonl from DIR
 *   npm run train:coref -- --out DIR       write the two files into DIR (default src/resolution)
 *
 * The k-fold figure is nested: each outer fold's L2 penalty is chosen by an inner cross-validation
 * over the other folds' records only, so no figure reported for a record was tuned on it. The
 * shipped model's penalty is chosen by cross-validation over all records. Folds are a seeded
 * shuffle of the records, training is full-batch and deterministic: the same data rebuild the same
 * file byte for byte. `npm test` never runs this.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../../src/resolution/pronoun-features.js';
import type { StoredPronounModel } from '../../src/resolution/pronoun-ranker.js';
import { readRecords } from '../eval/data.js';
import { collect, type CorefRecord } from './coref-data.js';
import { CHOSEN, choose, f1, fit, foldsOf, gapScore, sum, type GapScore } from './coref-fit.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const log = (s: string) => process.stderr.write(`${s}\n`);

function parse(argv: string[]): { write: boolean; data: string; out: string } {
  const a = { write: true, data: resolve(root, '..', 'shared', 'eval'), out: resolve(root, 'src', 'resolution') };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--no-write') a.write = false;
    else if (v === '--data') a.data = resolve(argv[++i]!);
    else if (v === '--out') a.out = resolve(argv[++i]!);
    else throw new Error(`unknown argument ${v}`);
  }
  return a;
}

const dims = FEATURE_NAMES.length;
const settings = (l2: number) => ({ l2, iterations: CHOSEN.iterations, rate: CHOSEN.rate });

function line(label: string, s: GapScore): string {
  const all = sum(s.masculine, s.feminine);
  const p = all.pred ? all.hit / all.pred : 0;
  const r = all.gold ? all.hit / all.gold : 0;
  return `| ${label} | ${f1(all).toFixed(3)} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1(s.masculine).toFixed(3)} | ${f1(s.feminine).toFixed(3)} |`;
}

/** Out-of-fold choices: each fold's records chosen by a model fitted on the other folds with the penalty `l2Of` gives. */
function outOfFold(folds: CorefRecord[][], l2Of: (train: CorefRecord[]) => number): { score: GapScore; chosen: number[] } {
  const picks = new Map<CorefRecord, number>();
  const chosen: number[] = [];
  folds.forEach((held, k) => {
    const train = folds.filter((_, j) => j !== k).flat();
    const l2 = l2Of(train);
    chosen.push(l2);
    const w = fit(train, dims, settings(l2));
    for (const r of held) if (r.decision) picks.set(r, choose(w, r.decision));
  });
  return { score: gapScore(folds.flat(), (r) => picks.get(r) ?? null), chosen };
}

/** The penalty of the grid that does best by cross-validation over `records`. */
function selectL2(records: readonly CorefRecord[], seed: number): number {
  const folds = foldsOf(records, CHOSEN.folds - 1, seed);
  let best = CHOSEN.grid[0]!;
  let bestF = -1;
  for (const l2 of CHOSEN.grid) {
    const s = outOfFold(folds, () => l2).score;
    const f = f1(sum(s.masculine, s.feminine));
    if (f > bestF) [best, bestF] = [l2, f];
  }
  return best;
}

/** Cross-validates, trains on every record and returns the model; prints its rows of the table. */
function train(label: string, data: readonly CorefRecord[]): StoredPronounModel {
  console.log(line(`${label}: rules alone`, gapScore(data, (r) => r.decision!.ruleChoice)));
  const folds = foldsOf(data, CHOSEN.folds, CHOSEN.seed);
  const nested = outOfFold(folds, (t) => selectL2(t, CHOSEN.seed + 1));
  console.log(line(`${label}: ranker, ${CHOSEN.folds}-fold nested (L2 per fold: ${nested.chosen.join(', ')})`, nested.score));
  const l2 = selectL2(data, CHOSEN.seed + 1);
  const w = fit(data, dims, settings(l2));
  console.log(line(`${label}: ranker, trained and scored on all records (L2 ${l2})`, gapScore(data, (r) => choose(w, r.decision!))));
  const weights: Record<string, number> = {};
  FEATURE_NAMES.forEach((n, i) => {
    if (w[i] !== 0) weights[n] = Number(w[i]!.toFixed(6));
  });
  return { format: 1, trained: { data: `GAP development, ${label}`, records: data.length, l2, iterations: CHOSEN.iterations, rate: CHOSEN.rate }, weights };
}

function main(): void {
  const args = parse(process.argv.slice(2));
  const records = readRecords(args.data, 'gap-development.jsonl', null);
  if (!records) throw new Error(`gap-development.jsonl is not in ${args.data}`);
  console.log('| GAP development | F1 | P | R | masculine | feminine |\n|---|---:|---:|---:|---:|---:|');
  for (const [label, titled, file] of [['text alone', false, 'pronoun-weights.json'], ['text and page title', true, 'pronoun-weights-titled.json']] as const) {
    log(`collecting ${records.length} records (${label}) ...`);
    const data = records.map((r) => collect(r, titled));
    log(`${data.filter((r) => r.decision).length} records ask the ranker`);
    const model = train(label, data);
    if (args.write) {
      const out = resolve(args.out, file);
      writeFileSync(out, `${JSON.stringify(model, null, 1)}\n`);
      log(`wrote ${out}`);
    }
  }
}

main();
