/**
 * `npm run cold-start`: how long a new Node process takes to import newsclaims (the built ESM,
 * dist/index.js) and to run its first extract() on a short sentence, median of 5 fresh processes
 * run one after another. The README's cold-start figures come from this script. Also shows how the
 * import splits between the three heavy dependencies, each imported alone in its own process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;

const PROBE = `
const t0 = performance.now();
const { extract } = await import(${JSON.stringify(`${root}dist/index.js`)});
const t1 = performance.now();
extract('"We will appeal," said Jane Doe on Thursday.', { referenceDate: '2017-04-07' });
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1 }));
`;

const alone = (specifier: string) => `
const t0 = performance.now();
await import(${JSON.stringify(specifier)});
console.log(JSON.stringify({ importMs: performance.now() - t0 }));
`;

function measure(code: string): Record<string, number> {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

const runs = Array.from({ length: RUNS }, () => measure(PROBE));
const imp = median(runs.map((r) => r.importMs!));
const first = median(runs.map((r) => r.firstMs!));
console.log(`cold start, median of ${RUNS} processes: import ${ms(imp)} + first extract ${ms(first)} = ${ms(imp + first)}`);
console.log(`  each run: ${runs.map((r) => `${ms(r.importMs!)} + ${ms(r.firstMs!)}`).join(', ')}`);
for (const dep of ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'chrono-node']) {
  const t = median(Array.from({ length: RUNS }, () => measure(alone(dep)).importMs!));
  console.log(`  ${dep.padEnd(24)} imported alone: ${ms(t)}`);
}
const load = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim();
console.log(`  load average at the end: ${load}`);
