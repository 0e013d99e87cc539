/**
 * Benchmark: does extract() take time in proportion to the length of its input? Runs it on 1, 2, 4
 * and 8 MB of text built from the committed seed articles (no download), and prints the time of each
 * size and its ratio to the one before: about 2.0 is linear, well above it is a superlinear step.
 * Ratios are of CPU time (this process's user + system), which other work on a shared machine
 * disturbs far less than wall-clock time; both are printed.
 *
 * Two shapes of text, because they stress different steps:
 * - "articles": the fixtures repeated, paragraphs and sentences as news has them;
 * - "run-on": the same words with no sentence punctuation and no line breaks, one 1-8 MB "sentence"
 *   (a scraped page without markup can look like this).
 *
 *   npm run bench:scaling [-- --sizes 1,2,4,8] [-- --shape articles|run-on]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from '../src/index.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,2,4,8' }, shape: { type: 'string' } } });
const sizes = values.sizes.split(',').map(Number);
const shapes = values.shape ? [values.shape] : ['articles', 'run-on'];
const MB = 1 << 20;

const seeds = ['000_81661534ce791b66.txt', '001_3eb6e2f0f30d6a44.txt'].map((f) => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8'));

/** The seed articles repeated to `bytes` UTF-16 code units, cut at a paragraph break. */
function articles(bytes: number): string {
  const unit = seeds.join('\n\n') + '\n\n';
  const text = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  return text.slice(0, text.lastIndexOf('\n\n'));
}

/** The same words with sentence ends and line breaks taken out. */
function runOn(bytes: number): string {
  return articles(bytes).replace(/[.!?]/g, '').replace(/\s+/g, ' ');
}

/** CPU milliseconds of one extract() call; prints wall and CPU time and what it found. */
function time(text: string): number {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = extract(text, { referenceDate: '2017-04-07' });
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  const wall = performance.now() - t0;
  process.stdout.write(`  ${(text.length / MB).toFixed(1)} MB: cpu ${(cpu / 1000).toFixed(1)} s, wall ${(wall / 1000).toFixed(1)} s (${r.sentences.length} sentences, ${r.quotes.length} quotes, ${r.claims.length} claims)\n`);
  return cpu;
}

// Warm-up: model loads and JIT, so the first size is not charged for them.
extract(seeds[0]!, { referenceDate: '2017-04-07' });

for (const shape of shapes) {
  console.log(`${shape}:`);
  const times = sizes.map((mb) => time(shape === 'run-on' ? runOn(mb * MB) : articles(mb * MB)));
  const ratios = times.slice(1).map((t, i) => `${sizes[i]}->${sizes[i + 1]} MB ×${(t / times[i]!).toFixed(2)}`);
  console.log(`  ratios: ${ratios.join(', ')} (CPU time; 2.00 is linear)`);
}
