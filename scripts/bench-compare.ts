/**
 * Benchmark of compare(), in two parts, each the median of several runs of compare() alone
 * (extraction is not timed), with the budget beside it:
 *
 * - two synthetic articles of 500 claims each, built from news-like templates with a fixed seed (no
 *   corpus download, the same claims every run). About a third of B's claims paraphrase one of A's
 *   with synonyms, the rest are B's own. Budget: 200 ms.
 * - three articles of about 1,000 words each, made of consecutive articles of bench/corpus.jsonl
 *   (committed; recombined from the seed fixtures, so they tell related stories), extracted first.
 *   Budget: 50 ms.
 *
 *   npx tsx scripts/bench-compare.ts [claims per article, default 500]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { compare, extract, SCHEMA_VERSION, type Claim, type Entity, type ExtractResult } from '../src/index.js';

const N = Number(process.argv[2] ?? 500);
const RUNS = 7;

let seed = 7;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const PEOPLE = ['Maria Lopez', 'John Carter', 'Aiko Tanaka', 'Samuel Okafor', 'Elena Petrova', 'David Cohen', 'Priya Nair', 'Lucas Martin', 'Fatima Haddad', 'Tom Becker', 'Grace Wanjiru', 'Omar Farouk'];
const ORGS = ['the Justice Department', 'Acme Corp', 'the city council', 'the Federal Reserve', 'Globex', 'the European Commission', 'the ACLU', 'Reuters', 'the Senate', 'the World Bank', 'Initech', 'the police'];
const VERBS = [['filed a lawsuit against', 'is suing'], ['demanded records from', 'asked for data from'], ['criticized', 'condemned'], ['hired', 'appointed'], ['stopped', 'blocked'], ['investigated', 'opened a probe into'], ['agreed a deal with', 'reached an agreement with'], ['refused to help', 'rejected a request from'], ['praised', 'applauded'], ['warned', 'cautioned']] as const;
const OBJECTS = ['over the merger', 'after the vote', 'about rising prices', 'over privacy rules', 'about the budget', 'over the data breach', 'after the election', 'over the new tariffs', 'about the pension plan', 'over the recall of faulty cars', 'about free speech online', 'over the stadium project'];
const DAYS = ['on Monday', 'on Tuesday', 'last week', 'in March', 'on Thursday', 'this year'];
/** Words for the rest of each sentence, so claims differ as a long article's do, not only in their template. */
const FILLER = ('budget court ruling shares market union strike hospital school river bridge airport contract election ballot ' +
  'tariff export farmer harvest drought flood storm vaccine clinic patient doctor nurse teacher student campus rent housing ' +
  'tenant landlord mortgage bank loan interest inflation wage pension retiree veteran soldier border migrant asylum visa ' +
  'embassy treaty summit minister cabinet parliament coalition opposition protest rally march petition lobby donor campaign ' +
  'poll debate candidate mayor governor sheriff prison jury verdict appeal witness evidence testimony audit fraud bribe ' +
  'scandal leak memo email server hacker password privacy platform app software chip factory plant mine pipeline oil gas ' +
  'solar wind grid outage blackout train bus subway traffic highway toll port ship cargo fuel price shortage supply demand').split(' ');

function article(claims: Array<{ text: string; who: number | null; names: string[] }>): ExtractResult {
  let text = '';
  const entities = new Map<string, Entity>();
  const out: Claim[] = [];
  for (const c of claims) {
    const start = text.length;
    text += c.text + '\n\n';
    const content = { start, end: start + c.text.length, text: c.text };
    const ids: string[] = [];
    for (const name of c.names) {
      const at = c.text.indexOf(name);
      const key = name.toLowerCase().replace(/^the /, '');
      const e = entities.get(key) ?? { kind: 'entity' as const, id: `e${entities.size}`, type: 'organization' as const, name, key, mentions: [] };
      e.mentions.push({ kind: 'mention', entity: e.id, form: 'name', start: start + at, end: start + at + name.length, text: name });
      entities.set(key, e);
      ids.push(e.id);
    }
    const speaker = c.who === null ? null : entities.get(PEOPLE[c.who]!.toLowerCase())!;
    const common = { kind: 'claim' as const, id: `c${out.length}`, type: 'statement' as const, content, entities: ids, dates: [], confidence: 0.8 };
    out.push(speaker
      ? { ...common, source: 'quote', speaker: { mention: null, entity: speaker.id, name: speaker.name, evidence: 'name' }, cue: null, quote: `q${out.length}`, rule: 'quote:name' }
      : { ...common, source: 'narrative', speaker: null, cue: null, quote: null, rule: 'narrative:sentence' });
  }
  return {
    schemaVersion: SCHEMA_VERSION, kind: 'extraction', length: text.length, referenceDate: { value: null, source: 'none' },
    paragraphs: [], sentences: [], entities: [...entities.values()], dates: [], quotes: [], quotedTerms: [], claims: out, legalActions: [], citations: [],
  };
}

function claim(paraphrase: 0 | 1, parts = { p: rand(), o: rand(), v: rand(), x: rand(), d: rand(), s: rand() }) {
  const person = PEOPLE[Math.floor(parts.p * PEOPLE.length)]!;
  const org = ORGS[Math.floor(parts.o * ORGS.length)]!;
  const verb = VERBS[Math.floor(parts.v * VERBS.length)]![paraphrase];
  const rest = Array.from({ length: 4 + Math.floor(rand() * 8) }, () => pick(FILLER)).join(' and ');
  const text = `${person} ${verb} ${org} ${OBJECTS[Math.floor(parts.x * OBJECTS.length)]} ${DAYS[Math.floor(parts.d * DAYS.length)]}, citing the ${rest}.`;
  return { text, who: parts.s < 0.4 ? PEOPLE.indexOf(person) : null, names: [person, org], parts };
}

const claimsA = Array.from({ length: N }, () => claim(0));
const claimsB = Array.from({ length: N }, (_, i) => (i % 3 === 0 ? claim(1, claimsA[(i * 7) % N]!.parts) : claim(1)));
// Entities need people indexed for speakers: every person appears at least once per article.
const a = article(claimsA.map(({ text, who, names }) => ({ text, who, names })));
const b = article(claimsB.map(({ text, who, names }) => ({ text, who, names })));

/** Median, min and max of RUNS timings of `run`, after one run to warm up. */
function time(run: () => void): { median: number; min: number; max: number } {
  run();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return { median: times[RUNS >> 1]!, min: times[0]!, max: times.at(-1)! };
}
const show = (t: { median: number; min: number; max: number }, budget: number) =>
  `median ${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}) over ${RUNS} runs, ${(t.median / budget).toFixed(2)} of the ${budget} ms budget`;

console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(', ')} (2 cores; the machine may be shared)`);
let pairs = 0;
const big = time(() => {
  pairs = compare(a, b).pairs.length;
});
console.log(`compare(): ${a.claims.length} x ${b.claims.length} claims, ${show(big, 200)}; ${pairs} pairs`);

/** Three articles of at least 1,000 words, each made of consecutive corpus articles. */
const corpus = readFileSync(new URL('../bench/corpus.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const articles: string[] = [];
let next = 0;
for (let k = 0; k < 3; k++) {
  let text = '';
  while (text.split(/\s+/).filter(Boolean).length < 1000) text += `${corpus[next++]!}\n\n`;
  articles.push(text);
}
const three = articles.map((t) => extract(t, { referenceDate: '2017-04-07' }));
let clusters = 0;
const story = time(() => {
  clusters = compare(three[0]!, three[1]!, three[2]!).clusters.length;
});
const words = articles.map((t) => t.split(/\s+/).filter(Boolean).length);
console.log(`compare(a, b, c): three articles of ${words.join(', ')} words (${three.map((r) => r.claims.length).join(', ')} claims), ${show(story, 50)}; ${clusters} clusters`);
