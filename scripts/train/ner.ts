/**
 * `npm run train:ner`: trains the entity tagger's model (src/entities/tagger/weights.json) on
 * CoNLL-2003 eng.train, from ../shared/train, as an averaged structured perceptron (Collins 2002)
 * with exact Viterbi decoding over BILOU labels. Seeded: the same data and settings rebuild the
 * same file byte for byte.
 *
 *   npm run train:ner                      train with the chosen settings, write the weights
 *   npm run train:ner -- --select          train and score eng.testa after every epoch (no write)
 *   npm run train:ner -- --epochs 8 --min-count 2 --prune 0.05 --layout raw
 *   npm run train:ner -- --data DIR        conll2003-train.jsonl and conll2003-testa.jsonl from DIR
 *
 * Settings are chosen on eng.testa (the shared task's development set), never on the eval files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/document/analyse.js';
import { documentEvidence, sentenceFeatures } from '../../src/entities/tagger/features.js';
import { CLASSES, LABELS, LABEL_COUNT, decode, encode, type TokenSpan } from '../../src/entities/tagger/labels.js';
import { loadModel } from '../../src/entities/tagger/model.js';
import { labelSentence } from '../../src/entities/tagger/tag.js';
import { sentenceTokens, type PlacedToken } from '../../src/entities/tagger/tokens.js';
import { viterbi } from '../../src/entities/tagger/viterbi.js';
import { serialise } from './serialise.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const L = LABEL_COUNT;

/** The settings chosen on eng.testa (see the README's "Entity model" section for the figures). */
const CHOSEN = { epochs: 10, minCount: 4, prune: 1.0, seed: 20261201, layout: 'both' as Layout };

/** How a CoNLL document's sentences are laid out: as given (one space apart), one per line, or both copies. */
type Layout = 'raw' | 'lines' | 'title' | 'both' | 'both-plain' | 'all';

interface Record_ {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string }>;
  sentenceOffsets: Array<[number, number]>;
}

interface Sentence {
  tokens: PlacedToken[];
  gold: number[];
  /** Feature ids per token (unknown features dropped). */
  features: Int32Array[];
  /** Feature strings per token, kept only for scoring with a stored model. */
  strings?: string[][];
}

interface Doc {
  sentences: PlacedToken[][];
  gold: number[][];
  entities: Array<{ start: number; end: number; type: string }>;
}

function readJsonl(file: string): Record_[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record_);
}

/**
 * Each CoNLL sentence on a line of its own: news sets its headline, byline and dateline on lines
 * of their own, which CoNLL's one-space joins lose. Same-length replacement: offsets hold.
 */
function asLines(r: Record_): string {
  const out = r.text.split('');
  for (const [, end] of r.sentenceOffsets) if (out[end] === ' ') out[end] = '\n';
  return out.join('');
}

/**
 * The same, with the headline in title case, as many outlets write it ("Judge Rebuffs Prosecutors
 * in Bid to ..."): Reuters headlines are in sentence case or capitals, so without this copy the
 * tagger would learn that a capital in a headline marks a name. Words of four letters or more get
 * a capital; same length, so offsets and labels hold.
 */
function titleHeadline(r: Record_, text: string): string {
  const [start, end] = r.sentenceOffsets[0] ?? [0, 0];
  const head = text.slice(start, end).replace(/\b(\p{Ll})(?=\p{L}{3})/gu, (c) => c.toUpperCase());
  return text.slice(0, start) + head + text.slice(end);
}

function prepare(records: Record_[], layout: Layout): { docs: Doc[]; misaligned: number } {
  let misaligned = 0;
  const layouts: Record<Layout, (r: Record_) => string[]> = {
    raw: (r) => [r.text],
    lines: (r) => [asLines(r)],
    title: (r) => [titleHeadline(r, asLines(r))],
    both: (r) => [r.text, titleHeadline(r, asLines(r))],
    'both-plain': (r) => [r.text, asLines(r)],
    all: (r) => [r.text, asLines(r), titleHeadline(r, asLines(r))],
  };
  const texts = records.flatMap((r) => layouts[layout](r).map((text) => [r, text] as [Record_, string]));
  const docs = texts.map(([r, text]) => {
    const doc = analyse(text, { value: null, source: 'none' });
    const sentences = sentenceTokens(doc);
    const gold = sentences.map((tokens) => {
      const spans: TokenSpan[] = [];
      for (const e of r.entities) {
        const first = tokens.findIndex((t) => t.start === e.start);
        const last = tokens.findIndex((t) => t.end === e.end);
        if (first < 0 && last < 0) continue;
        if (first < 0 || last < 0 || last < first) {
          misaligned++;
          continue;
        }
        spans.push({ first, last, type: e.type as TokenSpan['type'] });
      }
      return encode(tokens.length, spans);
    });
    return { sentences, gold, entities: r.entities };
  });
  return { docs, misaligned };
}

/** Feature strings of every sentence of a document. */
function docFeatures(d: Doc): string[][][] {
  const evidence = documentEvidence(d.sentences);
  return d.sentences.map((tokens) => sentenceFeatures(tokens, evidence));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Weights {
  w: Float64Array<ArrayBuffer>;
  trans: Float64Array<ArrayBuffer>;
}

class Perceptron {
  readonly w: Float64Array<ArrayBuffer>;
  readonly u: Float64Array<ArrayBuffer>;
  readonly trans = new Float64Array((L + 1) * L);
  readonly transU = new Float64Array((L + 1) * L);
  c = 1;

  constructor(readonly featureCount: number) {
    this.w = new Float64Array(featureCount * L);
    this.u = new Float64Array(featureCount * L);
  }

  predict(s: Sentence, w = this.w, trans = this.trans): number[] {
    const n = s.tokens.length;
    const e = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      for (const f of s.features[i]!) for (let y = 0; y < L; y++) e[i * L + y]! += w[f * L + y]!;
    }
    return viterbi(e, n, trans);
  }

  private bump(f: number, y: number, d: number): void {
    this.w[f * L + y]! += d;
    this.u[f * L + y]! += d * this.c;
  }

  private bumpTrans(a: number, b: number, d: number): void {
    this.trans[(a + 1) * L + b]! += d;
    this.transU[(a + 1) * L + b]! += d * this.c;
  }

  learn(s: Sentence): void {
    const pred = this.predict(s);
    const gold = s.gold;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] !== gold[i]) {
        for (const f of s.features[i]!) {
          this.bump(f, gold[i]!, 1);
          this.bump(f, pred[i]!, -1);
        }
      }
      const ga = i === 0 ? -1 : gold[i - 1]!;
      const pa = i === 0 ? -1 : pred[i - 1]!;
      if (ga !== pa || gold[i] !== pred[i]) {
        this.bumpTrans(ga, gold[i]!, 1);
        this.bumpTrans(pa, pred[i]!, -1);
      }
    }
    this.c++;
  }

  averaged(): Weights {
    const w = new Float64Array(this.w.length);
    for (let k = 0; k < w.length; k++) w[k] = this.w[k]! - this.u[k]! / this.c;
    const trans = new Float64Array(this.trans.length);
    for (let k = 0; k < trans.length; k++) trans[k] = this.trans[k]! - this.transU[k]! / this.c;
    return { w, trans };
  }
}

interface Score {
  byClass: Record<string, { tp: number; pred: number; gold: number }>;
}

function f1(c: { tp: number; pred: number; gold: number }): number {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Exact span + type against the gold character spans, per class and PER+ORG+LOC. */
function scoreDocs(docs: Doc[], labelsOf: (doc: number, sentence: number) => number[]): Score {
  const byClass: Score['byClass'] = {};
  for (const c of [...CLASSES, 'PER+ORG+LOC', 'all']) byClass[c] = { tp: 0, pred: 0, gold: 0 };
  const groups = (t: string) => ['all', t, ...(t === 'MISC' ? [] : ['PER+ORG+LOC'])];
  docs.forEach((d, di) => {
    const gold = new Set(d.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of d.entities) for (const g of groups(e.type)) byClass[g]!.gold++;
    d.sentences.forEach((tokens, si) => {
      for (const s of decode(labelsOf(di, si))) {
        const key = `${tokens[s.first]!.start}:${tokens[s.last]!.end}:${s.type}`;
        for (const g of groups(s.type)) {
          byClass[g]!.pred++;
          if (gold.has(key)) byClass[g]!.tp++;
        }
      }
    });
  });
  return { byClass };
}

function report(label: string, s: Score): string {
  const parts = ['PER', 'ORG', 'LOC', 'MISC', 'PER+ORG+LOC', 'all'].map((c) => `${c} ${f1(s.byClass[c]!).toFixed(4)}`);
  return `${label}: ${parts.join('  ')}`;
}

function parse(argv: string[]): typeof CHOSEN & { select: boolean; out: string; data: string } {
  const o = { ...CHOSEN, select: false, out: `${root}src/entities/tagger/weights.json`, data: `${root}../shared/train/` };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    if (a === '--select') o.select = true;
    else if (a === '--epochs') o.epochs = Number(v());
    else if (a === '--min-count') o.minCount = Number(v());
    else if (a === '--prune') o.prune = Number(v());
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '--layout') o.layout = v() as Layout;
    else if (a === '--out') o.out = v();
    else if (a === '--data') o.data = `${v().replace(/\/$/, '')}/`;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function main(): void {
  const o = parse(process.argv.slice(2));
  const dir = o.data;
  const t0 = performance.now();
  const train = prepare(readJsonl(`${dir}conll2003-train.jsonl`), o.layout);
  // testa is scored twice: as the eval reads CoNLL (one space between sentences) and as news is
  // laid out (headline, byline, dateline and sentences on lines of their own).
  const testaRecords = readJsonl(`${dir}conll2003-testa.jsonl`);
  const testaRaw = prepare(testaRecords, 'raw');
  const testaLines = prepare(testaRecords, 'lines');
  const testaTitle = prepare(testaRecords, 'title');
  process.stderr.write(`read in ${((performance.now() - t0) / 1000).toFixed(1)} s; entities not on token boundaries: train ${train.misaligned}, testa ${testaRaw.misaligned}\n`);

  // Features seen at least minCount times in training get an id, in order of first appearance.
  const counts = new Map<string, number>();
  const trainStrings = train.docs.map(docFeatures);
  for (const d of trainStrings) for (const s of d) for (const t of s) for (const f of t) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, n] of counts) if (n >= o.minCount) ids.set(f, ids.size);
  const toIds = (fs: string[]) => Int32Array.from(fs.map((f) => ids.get(f) ?? -1).filter((x) => x >= 0));
  const trainSentences: Sentence[] = train.docs.flatMap((d, di) => d.sentences.map((tokens, si) => ({
    tokens, gold: d.gold[si]!, features: trainStrings[di]![si]!.map(toIds),
  })));
  const heldOut = [['testa', testaRaw], ['testa lines', testaLines], ['testa title', testaTitle]] as const;
  const scored = heldOut.map(([name, set]) => {
    const strings = set.docs.map(docFeatures);
    const sentences: Sentence[][] = set.docs.map((d, di) => d.sentences.map((tokens, si) => ({
      tokens, gold: d.gold[si]!, features: strings[di]![si]!.map(toIds), strings: strings[di]![si],
    })));
    return { name, docs: set.docs, sentences };
  });
  process.stderr.write(`${trainSentences.length} training sentences, ${ids.size} features (of ${counts.size})\n`);

  const model = new Perceptron(ids.size);
  const random = mulberry32(o.seed);
  const order = trainSentences.map((_, i) => i);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    // Fisher-Yates with the seeded generator: the same order on every machine.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) model.learn(trainSentences[i]!);
    if (o.select) {
      const avg = model.averaged();
      for (const h of scored) process.stderr.write(`${report(`epoch ${epoch} ${h.name}`, scoreDocs(h.docs, (d, s) => model.predict(h.sentences[d]![s]!, avg.w, avg.trans)))}\n`);
    }
  }
  if (o.select) return;

  const avg = model.averaged();
  const names = [...ids.keys()];
  const stored = serialise(names, avg.w, avg.trans, LABELS, o.prune);
  const shipped = loadModel(stored);
  for (const h of scored) process.stderr.write(`${report(`stored model, ${h.name}`, scoreDocs(h.docs, (d, s) => labelSentence(shipped, h.sentences[d]![s]!.strings!)))}\n`);
  writeFileSync(o.out, `${JSON.stringify(stored)}\n`);
  process.stderr.write(`wrote ${o.out}: ${stored.features.split('\n').length} features, ${(JSON.stringify(stored).length / 1024).toFixed(0)} KiB\n`);
}

main();
