/**
 * `npm run train:ner`: trains the entity tagger's two models (src/entities/tagger/weights.json) on
 * CoNLL-2003 eng.train, from ../shared/train, as averaged structured perceptrons (Collins 2002) with
 * exact Viterbi decoding over BILOU labels. The first stage reads sentences alone; the second adds
 * corrections to the first's scores from what the first said elsewhere in the document
 * (src/entities/tagger/consistency.ts), trained on first-stage output made by jackknifing
 * (jackknife.ts). Seeded: the same data and settings rebuild the same file byte for byte.
 *
 *   npm run train:ner                      train with the chosen settings, write the weights
 *   npm run train:ner -- --select          train and score eng.testa after every epoch (no write)
 *   npm run train:ner -- --epochs 8 --min-count 2 --prune 0.05 --folds 0 (no second stage)
 *   npm run train:ner -- --data DIR        conll2003-train.jsonl and conll2003-testa.jsonl from DIR
 *
 * Settings are chosen on eng.testa (the shared task's development set), never on the eval files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { consistencyFeatures } from '../../src/entities/tagger/consistency.js';
import { documentEvidence, sentenceFeatures } from '../../src/entities/tagger/features.js';
import { LABELS } from '../../src/entities/tagger/labels.js';
import { labelDocument, loadTagger, type StoredTagger } from '../../src/entities/tagger/tag.js';
import { viterbi } from '../../src/entities/tagger/viterbi.js';
import { prepare, readJsonl, type Doc, type Layout } from './conll.js';
import { jackknife, type FirstStageOutput } from './jackknife.js';
import { emissions, predict, train, type Perceptron, type Sentence, type Weights } from './perceptron.js';
import { report, scoreDocs } from './score.js';
import { quantise, serialise } from './serialise.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The settings chosen on eng.testa (see the README's "Entity model" section for the figures). */
const CHOSEN = {
  epochs: 10, minCount: 4, prune: 1.0, seed: 20261201, layout: 'both-caps' as Layout,
  folds: 5, epochs2: 1, minCount2: 2, prune2: 0.5, step2: 4,
};

type Options = typeof CHOSEN & { select: boolean; out: string; cache: string; data: string };

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Feature strings of every sentence of a document. */
function docFeatures(d: Doc): string[][][] {
  const evidence = documentEvidence(d.sentences);
  return d.sentences.map((tokens) => sentenceFeatures(tokens, evidence));
}

/** Features seen at least `minCount` times get an id, in order of first appearance. */
function featureIds(strings: readonly (readonly (readonly (readonly string[])[])[])[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of strings) for (const s of d) for (const t of s) for (const f of t) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) ids.set(f, ids.size);
  log(`${ids.size} features (of ${counts.size})`);
  return ids;
}

const idsOf = (ids: Map<string, number>) => (fs: readonly string[]) => Int32Array.from(fs.map((f) => ids.get(f) ?? -1).filter((x) => x >= 0));

interface HeldOut {
  name: string;
  docs: Doc[];
  sentences: Sentence[][];
  /** First-stage scores and labels (shipped first-stage weights). */
  scores: Float32Array[][];
  labels: number[][][];
  second?: Sentence[][];
}

function parse(argv: string[]): Options {
  const o: Options = { ...CHOSEN, select: false, out: `${root}src/entities/tagger/weights.json`, cache: '', data: `${root}../shared/train` };
  const numeric = new Set(['epochs', 'minCount', 'prune', 'seed', 'folds', 'epochs2', 'minCount2', 'prune2', 'step2']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--select') {
      o.select = true;
      continue;
    }
    const key = a.replace(/^--/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const x = argv[++i];
    if (x === undefined) throw new Error(`${a} needs a value`);
    if (numeric.has(key)) (o as Record<string, unknown>)[key] = Number(x);
    else if (key === 'layout' || key === 'out' || key === 'cache' || key === 'data') (o as Record<string, unknown>)[key] = x;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** The first stage on everything plus its jackknifed output, or both from `cache` (a file; for trying second-stage settings quickly). */
function firstStage(o: Options, sentences: Sentence[], docs: { record: number; sentences: Sentence[] }[], featureCount: number, heldOut: HeldOut[]): { avg: Weights; jk: FirstStageOutput | null } {
  if (o.cache && existsSync(o.cache)) return deserialize(readFileSync(o.cache)) as ReturnType<typeof firstStage>;
  const t0 = performance.now();
  const onEpoch = (epoch: number, p: Perceptron) => {
    const avg = p.averaged();
    for (const h of heldOut) log(report(`stage 1 epoch ${epoch} ${h.name}`, scoreDocs(h.docs, (d, s) => predict(h.sentences[d]![s]!, avg))));
  };
  const avg = train(sentences, featureCount, { epochs: o.epochs, seed: o.seed }, o.select && o.folds === 0 ? onEpoch : undefined).averaged();
  log(`stage 1 trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const jk = o.folds > 1 ? jackknife(docs, featureCount, o.folds, { epochs: o.epochs, seed: o.seed }, o.prune, log) : null;
  if (o.cache) writeFileSync(o.cache, serialize({ avg, jk }));
  return { avg, jk };
}

function main(): void {
  const o = parse(process.argv.slice(2));
  const dir = `${o.data.replace(/\/$/, '')}/`;
  const t0 = performance.now();
  const trainSet = prepare(readJsonl(`${dir}conll2003-train.jsonl`), o.layout);
  // testa is scored as the eval reads CoNLL (one space between sentences), as news is laid out
  // (headline, byline, dateline and sentences on lines of their own), and with a title-case headline.
  const testaRecords = readJsonl(`${dir}conll2003-testa.jsonl`);
  const layouts = [['testa', 'raw'], ['testa lines', 'lines'], ['testa title', 'title'], ['testa title-caps', 'title-caps']] as const;
  const testa = layouts.map(([name, layout]) => ({ name, set: prepare(testaRecords, layout) }));
  log(`read in ${((performance.now() - t0) / 1000).toFixed(1)} s; entities not on token boundaries: train ${trainSet.misaligned}, testa ${testa[0]!.set.misaligned}`);

  const trainStrings = trainSet.docs.map(docFeatures);
  const ids = featureIds(trainStrings, o.minCount);
  const toIds = idsOf(ids);
  const trainDocs = trainSet.docs.map((d, di) => ({
    record: d.record,
    sentences: d.sentences.map((_, si): Sentence => ({ gold: d.gold[si]!, features: trainStrings[di]![si]!.map(toIds) })),
  }));
  const trainSentences = trainDocs.flatMap((d) => d.sentences);
  log(`${trainSentences.length} training sentences`);
  const heldOut: HeldOut[] = testa.map(({ name, set }) => {
    const strings = set.docs.map(docFeatures);
    const sentences = set.docs.map((d, di) => d.sentences.map((_, si): Sentence => ({ gold: d.gold[si]!, features: strings[di]![si]!.map(toIds) })));
    return { name, docs: set.docs, sentences, scores: [], labels: [] };
  });

  const { avg: avg1, jk } = firstStage(o, trainSentences, trainDocs, ids.size, heldOut);
  const q1 = quantise(avg1.w, avg1.trans, o.prune);
  for (const h of heldOut) {
    h.scores = h.sentences.map((d) => d.map((s) => Float32Array.from(emissions(s, q1.w))));
    h.labels = h.scores.map((d, di) => d.map((e, si) => viterbi(e, h.sentences[di]![si]!.features.length, q1.trans)));
    log(report(`stage 1 ${h.name}`, scoreDocs(h.docs, (d, s) => h.labels[d]![s]!)));
  }

  let second: { names: string[]; w: Float64Array; trans: Float64Array } | null = null;
  if (jk) {
    const t1 = performance.now();
    const trainStrings2 = trainSet.docs.map((d, di) => consistencyFeatures(d.sentences, jk.labels[di]!));
    const ids2 = featureIds(trainStrings2, o.minCount2);
    const toIds2 = idsOf(ids2);
    const sentences2 = trainSet.docs.flatMap((d, di) => d.sentences.map((_, si): Sentence => ({
      gold: d.gold[si]!, features: trainStrings2[di]![si]!.map(toIds2), base: jk.scores[di]![si]!,
    })));
    for (const h of heldOut) {
      const strings2 = h.docs.map((d, di) => consistencyFeatures(d.sentences, h.labels[di]!));
      h.second = h.docs.map((d, di) => d.sentences.map((_, si): Sentence => ({ gold: d.gold[si]!, features: strings2[di]![si]!.map(toIds2), base: h.scores[di]![si]! })));
    }
    const onEpoch = (epoch: number, p: Perceptron) => {
      const avg = p.averaged();
      const q = quantise(avg.w, avg.trans, o.prune2);
      for (const h of heldOut) log(report(`stage 2 epoch ${epoch} ${h.name}`, scoreDocs(h.docs, (d, s) => predict(h.second![d]![s]!, q))));
    };
    const avg = train(sentences2, ids2.size, { epochs: o.epochs2, seed: o.seed, step: o.step2, trans: q1.trans }, o.select ? onEpoch : undefined).averaged();
    log(`stage 2 trained in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    second = { names: [...ids2.keys()], ...avg };
  }
  if (o.select) return;

  const stored: StoredTagger = {
    first: serialise([...ids.keys()], avg1.w, avg1.trans, LABELS, o.prune),
    second: second && serialise(second.names, second.w, second.trans, LABELS, o.prune2),
  };
  const shipped = loadTagger(stored);
  for (const h of heldOut) {
    // Scored as the tagger runs: the same code as tagDocument, on the stored (quantised) weights.
    const labels = h.docs.map((d) => labelDocument(shipped, d.sentences, documentEvidence(d.sentences)).second);
    log(report(`stored model, ${h.name}`, scoreDocs(h.docs, (d, s) => labels[d]![s]!)));
  }
  const json = JSON.stringify(stored);
  writeFileSync(o.out, `${json}\n`);
  log(`wrote ${o.out}: ${(json.length / 1024).toFixed(0)} KiB; ${((performance.now() - t0) / 1000).toFixed(0)} s in all`);
}

main();
