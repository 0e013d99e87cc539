/**
 * What the legal steps cost: extract over bench/corpus.jsonl (three rounds, after a warm-up) with
 * every extractor and refiner of the default pipeline timed, all in one run on the built package,
 * so the share is a ratio measured under one load. The legal steps are the legal extractor, the
 * refiners of src/legal (legal/actions.ts among them); the rest of extract (analysis of the
 * document included) is everything else.
 *
 *   npm run build && npx tsx bench/legal-share.ts
 */
import { readFileSync } from 'node:fs';
import type { Extractor, Refiner } from '../src/index.js';

type Library = typeof import('../src/index.js');
const { createExtractor, DEFAULT_EXTRACTORS, DEFAULT_REFINERS } = (await import(new URL('../dist/index.js', import.meta.url).href)) as Library;
const LEGAL = new Set(['legal', 'legal-precedence', 'link-citations', 'judge-roles', 'legal-actions', 'link-action-claims']);

const spent = new Map<string, number>();
const timed = <T>(name: string, fn: () => T): T => {
  const t = performance.now();
  const out = fn();
  spent.set(name, (spent.get(name) ?? 0) + performance.now() - t);
  return out;
};
const extractors: Extractor[] = DEFAULT_EXTRACTORS.map((e) => ({ name: e.name, extract: (doc) => timed(e.name, () => e.extract(doc)) }));
const refiners: Refiner[] = DEFAULT_REFINERS.map((r) => ({ name: r.name, refine: (doc, items) => timed(r.name, () => r.refine(doc, items)) }));
const run = createExtractor({ extractors, refiners });

const articles = readFileSync(new URL('./corpus.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; date?: string });
for (const a of articles) run(a.text, a.date ? { referenceDate: a.date } : {});
spent.clear();
const start = performance.now();
for (let round = 0; round < 3; round++) for (const a of articles) run(a.text, a.date ? { referenceDate: a.date } : {});
const total = performance.now() - start;

const legal = [...spent].filter(([n]) => LEGAL.has(n)).reduce((a, [, ms]) => a + ms, 0);
console.log(`extract over bench/corpus.jsonl x3: ${total.toFixed(0)} ms`);
for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${LEGAL.has(name) ? '*' : ' '} ${name.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
console.log(`legal steps (*): ${legal.toFixed(0)} ms, ${((100 * legal) / total).toFixed(1)}% of extract`);
