// Run by bench/bench.ts in a child process with --expose-gc: the heap that stays live (after a full
// collection) while extract reads a stream in which every article brings words never seen before
// (made-up names, numbers, handles). The repeated bench corpus cannot show a cache that grows with
// the vocabulary; this can. Prints one JSON line: [articles read, live heap in MB] per checkpoint.
const { extract } = await import(new URL('../dist/index.js', import.meta.url).href);

// mulberry32: its low bits are as random as its high ones (an LCG's low bits cycle, and words made
// from them repeat, which would hide the growth this looks for).
let seed = 11;
const next = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
};
const word = () => Array.from({ length: 4 + (next() % 6) }, () => String.fromCharCode(97 + (next() % 26))).join('');
const name = () => { const w = word(); return w[0].toUpperCase() + w.slice(1); };
const sentence = () =>
  `"We will ${word()} the ${word()} case ${next() % 100000}," said ${name()} ${name()}, a ${word()} at ${name()} Inc. in ${name()} on Thursday. ` +
  `The ${word()} filed suit against @${word()}${next() % 999}.`;
const article = () => Array.from({ length: 12 }, sentence).join('\n\n');
const liveMb = () => {
  globalThis.gc();
  return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
};

const checkpoints = (process.argv[2] ?? '100,500,2000').split(',').map(Number);
const out = [];
let read = 0;
for (const at of checkpoints) {
  for (; read < at; read++) extract(article(), { referenceDate: '2017-04-07' });
  out.push([read, liveMb()]);
}
console.log(JSON.stringify(out));
