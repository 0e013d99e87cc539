/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and
 * the time by package (newsclaims itself, compromise, wink-nlp, chrono-node, node internals), and the
 * inclusive time of newsclaims's own functions (self time plus all they call), which says which of
 * our steps the library time is spent under.
 *
 *   npx tsx bench/profile-summary.ts PROFILE.cpuprofile|DIRECTORY [TOP]
 * Given a directory, it reads the newest .cpuprofile in it (npm run profile writes one per run).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts PROFILE.cpuprofile|DIRECTORY [TOP]');
const newest = (dir: string) => {
  const found = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  if (!found.length) throw new Error(`no .cpuprofile in ${dir}`);
  return found.reduce((a, b) => (statSync(b).mtimeMs > statSync(a).mtimeMs ? b : a));
};
const path = statSync(file).isDirectory() ? newest(file) : file;
console.log(`profile: ${path}`);
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

// Self time of a node is the sum of the time deltas of the samples taken in it.
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

function packageOf(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.includes('/dist/') || url.includes('/src/')) return 'newsclaims';
  if (url.startsWith('node:') || url === '') return '(node, gc, idle)';
  return url;
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, us] of self) {
  const f = byId.get(id)!.callFrame;
  const where = f.url ? `${f.url.replace(/^.*node_modules\//, '').replace(/^.*\/(dist|src)\//, '$1/')}:${f.lineNumber + 1}` : '';
  const key = `${f.functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byPackage.set(packageOf(f.url), (byPackage.get(packageOf(f.url)) ?? 0) + us);
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms\n\nself time by package:`);
for (const [p, us] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`${pct(us)} ${ms(us)}  ${p}`);
console.log(`\ntop ${topArg ?? 25} functions by self time:`);
for (const [f, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))) console.log(`${pct(us)} ${ms(us)}  ${f}`);

// Inclusive time: a node's self time plus its descendants'; a function's is counted once per stack
// (a recursive function is not counted twice).
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)!.callFrame;
    if (packageOf(f.url) !== 'newsclaims') continue;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(dist|src)\//, '$1/')}:${f.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}
console.log(`\ntop ${topArg ?? 25} newsclaims functions by inclusive time:`);
for (const [f, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))) console.log(`${pct(us)} ${ms(us)}  ${f}`);
