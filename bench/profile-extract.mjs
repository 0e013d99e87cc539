// The workload to profile: extract over the benchmark corpus three times, on the built package.
// node --cpu-prof --cpu-prof-dir=.bench/prof bench/profile-extract.mjs (see README, Speed).
import { readFileSync } from 'node:fs';

const { extract } = await import(new URL('../dist/index.js', import.meta.url).href);
const articles = readFileSync(new URL('./corpus.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (let round = 0; round < 3; round++) for (const a of articles) extract(a.text, { referenceDate: a.date });
