/**
 * Benchmark: does extract() take time in proportion to the length of its input, whatever its shape?
 * Runs it on each shape at doubling sizes and prints the CPU time of each size and its ratio to the
 * one before: 2.0 is linear; the target (issue #22) is at most 2.3 per doubling. Ratios are of CPU
 * time (this process's user + system), which other work on a shared machine disturbs far less than
 * wall-clock time; both are printed. A call shorter than 5 s is timed five times, a call shorter
 * than 0.4 s in batches of calls, and the fastest of the five kept (the mean per call of its batch),
 * so a ratio of two short calls is not one of noise. Each step's ratio is printed, and the ratio per
 * doubling over the whole range, (last / first) ^ (1 / doublings), which the target is read on: on a
 * shared machine one step's ratio moves by a third from run to run. No corpus is downloaded:
 *
 * - "articles": the seed articles repeated, paragraphs and sentences as news has them (1-8 MB);
 * - "run-on": the same words with no sentence punctuation and no line breaks, one 1-8 MB "sentence"
 *   (a scraped page without markup can look like this);
 * - the shapes of tests/helpers/shapes.ts, 12,500 to 200,000 characters: one unbroken word, a base64
 *   run, a punctuated line with no white space (minified code), 'Mr. ' storms, URL storms, URLs glued
 *   together, runs of initials. Each once took time in the square of its length.
 *
 *   npm run bench:scaling [-- --shape NAME[,NAME...]] [-- --sizes 12.5k,25k,...|1,2,4,8]
 * Sizes are characters (12.5k, 200000) or, for the two news shapes, megabytes (1, 2, 4, 8).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from '../src/index.js';
import { SHAPES } from '../tests/helpers/shapes.js';

const MB = 1 << 20;
const NEWS_SIZES = [1 * MB, 2 * MB, 4 * MB, 8 * MB];
const SHAPE_SIZES = [12_500, 25_000, 50_000, 100_000, 200_000];
const TARGET = 2.3;

const seeds = ['000_81661534ce791b66.txt', '001_3eb6e2f0f30d6a44.txt'].map((f) => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8'));

/** The seed articles repeated to `n` UTF-16 code units, cut at a paragraph break. */
function articles(n: number): string {
  const unit = seeds.join('\n\n') + '\n\n';
  const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return text.slice(0, text.lastIndexOf('\n\n'));
}

/** The same words with sentence ends and line breaks taken out. */
function runOn(n: number): string {
  return articles(n).replace(/[.!?]/g, '').replace(/\s+/g, ' ');
}

const ALL: Record<string, { make: (n: number) => string; sizes: number[] }> = {
  articles: { make: articles, sizes: NEWS_SIZES },
  'run-on': { make: runOn, sizes: NEWS_SIZES },
  ...Object.fromEntries(Object.entries(SHAPES).map(([name, make]) => [name, { make, sizes: SHAPE_SIZES }])),
};

const { values } = parseArgs({ options: { sizes: { type: 'string' }, shape: { type: 'string' } } });
const shapes = values.shape ? values.shape.split(',') : Object.keys(ALL);
for (const s of shapes) if (!ALL[s]) throw new Error(`unknown shape ${JSON.stringify(s)}; shapes: ${Object.keys(ALL).join(', ')}`);

/** "12.5k" -> 12,500 characters; "4" for a news shape -> 4 MB. */
function sizeOf(arg: string, news: boolean): number {
  if (/k$/i.test(arg)) return Math.round(Number(arg.slice(0, -1)) * 1000);
  const n = Number(arg);
  return news && n < 1000 ? n * MB : n;
}

const label = (n: number) => (n >= MB ? `${(n / MB).toFixed(1)} MB` : `${(n / 1000).toFixed(1)}k`);

/** Calls shorter than this are timed in batches that take about this long... */
const BATCH_MS = 400;
/** ...five batches, keeping the fastest: what disturbs a batch (another process, a collection) only adds. */
const BATCHES = 5;
/** Calls longer than this (the megabytes of news) are timed once. */
const ONCE_MS = 5000;

/**
 * CPU and wall milliseconds of one extract() call. A short call is timed as the mean of a batch of
 * calls (the kernel counts CPU time in ticks of a few milliseconds), the fastest of three batches.
 */
function time(text: string): { cpu: number; wall: number; calls: number; sentences: number; claims: number } {
  const once = (k: number) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let r;
    for (let i = 0; i < k; i++) r = extract(text, { referenceDate: '2017-04-07' });
    const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) / 1000 / k, wall: (performance.now() - t0) / k, r: r! };
  };
  const first = once(1);
  if (first.wall >= ONCE_MS) return { ...first, calls: 1, sentences: first.r.sentences.length, claims: first.r.claims.length };
  const k = Math.ceil(BATCH_MS / Math.max(first.wall, 0.1));
  const batches = Array.from({ length: BATCHES }, () => once(k));
  const best = batches.reduce((x, y) => (y.cpu < x.cpu ? y : x));
  return { cpu: best.cpu, wall: best.wall, calls: k * BATCHES, sentences: best.r.sentences.length, claims: best.r.claims.length };
}

// Warm-up: model loads and JIT, so the first size is not charged for them.
extract(seeds[0]!, { referenceDate: '2017-04-07' });

const summary: string[] = [];
for (const name of shapes) {
  const shape = ALL[name]!;
  const news = shape.sizes === NEWS_SIZES;
  const sizes = values.sizes ? values.sizes.split(',').map((a) => sizeOf(a, news)) : shape.sizes;
  console.log(`${name}:`);
  const times: number[] = [];
  for (const n of sizes) {
    const t = time(shape.make(n));
    times.push(t.cpu);
    const mean = t.calls > 1 ? `, mean per call of the fastest of ${BATCHES} batches, ${t.calls} calls` : '';
    process.stdout.write(`  ${label(n)}: cpu ${(t.cpu / 1000).toFixed(3)} s, wall ${(t.wall / 1000).toFixed(3)} s (${t.sentences} sentences, ${t.claims} claims${mean})\n`);
  }
  const ratios = times.slice(1).map((t, i) => t / times[i]!);
  console.log(`  ratios: ${ratios.map((r, i) => `${label(sizes[i]!)}->${label(sizes[i + 1]!)} ×${r.toFixed(2)}`).join(', ')}`);
  const doublings = Math.log2(sizes.at(-1)! / sizes[0]!);
  const overall = (times.at(-1)! / times[0]!) ** (1 / doublings);
  summary.push(`| ${name} | ${sizes.map((n, i) => `${label(n)} ${(times[i]! / 1000).toFixed(3)} s`).join(' · ')} | ${ratios.map((r) => r.toFixed(2)).join(' ')} | ${overall.toFixed(2)} | ${overall <= TARGET ? 'met' : '**not met**'} |`);
}
console.log(`\n| shape | CPU time by size | ratio, each doubling | ratio per doubling, whole range | ≤ ${TARGET} |\n|---|---|---|---|---|\n${summary.join('\n')}`);
