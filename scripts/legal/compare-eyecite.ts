/**
 * Measures eyecite's npm port (`@beshkenadze/eyecite`, a devDependency) beside newsclaims' legal
 * step on the same text, in one process:
 *   1. correctness on the citation rows of tests/fixtures/legal-references.ts: for each expected
 *      citation of a form eyecite reads (case, short-case, statute, regulation, journal), whether
 *      eyecite finds a citation with the same core span; and how many citations it finds that the
 *      table does not expect;
 *   2. speed: words per second of eyecite's getCitations and of newsclaims' legal extractor, on
 *      bench/corpus.jsonl and on the table's sentences, with newsclaims' whole extract beside them.
 *
 *   npx tsx scripts/legal/compare-eyecite.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/index.js';
import { analyse } from '../../src/document/analyse.js';
import { legalMentions } from '../../src/legal/extract.js';
import { LEGAL_REFERENCES } from '../../tests/fixtures/legal-references.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const t0 = performance.now();
interface EyeciteCitation { span(): { start: number; end: number }; metadata?: { plaintiff?: string; defendant?: string } }
// The port ships no type declarations: its module is read through the shape used here.
const EYECITE = '@beshkenadze/eyecite';
const eyecite = (await import(EYECITE)) as unknown as { getCitations(text: string): EyeciteCitation[] };
eyecite.getCitations('Lissner v. Test, 1 U.S. 1 (1982).');
console.log(`eyecite: import and first call ${(performance.now() - t0).toFixed(0)} ms`);

// 1. Correctness.
const READS = new Set(['case', 'short-case', 'statute', 'regulation', 'journal', 'public-law']);
/** Statutes written out in words ("Title IX", "Section 230 of ..."), which eyecite does not set out to read. */
const inWords = (core: string) => /^(?:Title|Section) /.test(core);
let expected = 0;
let found = 0;
let wordsExpected = 0;
let wordsFound = 0;
let extra = 0;
const misses: string[] = [];
const extras: string[] = [];
const parties = { total: 0, right: 0, wrong: [] as string[] };
for (const [text, rows] of LEGAL_REFERENCES) {
  const cores = rows.filter((r) => READS.has(r.slice(0, r.indexOf(':')))).map((r) => r.slice(r.indexOf(': ') + 2).replace(/ \[.*$/, ''));
  const cites = eyecite.getCitations(text);
  const spans = cites.map((c) => c.span());
  // Case names: the parties eyecite gives a case citation, against the table's case name before it.
  const name = rows.find((r) => r.startsWith('case-name: ') && / v\.? /.test(r));
  const withName = rows.find((r) => r.startsWith('case: ') && name && r.includes(`{${name.slice(11).replace(/ \[.*$/, '')},`));
  if (name && withName) {
    const [plaintiff, defendant] = [/plaintiff=(.*?) defendant=/.exec(name)![1], /defendant=(.*?)\]$/.exec(name)![1]];
    const core = withName.slice(6).replace(/ \[.*$/, '');
    const c = cites.find((x) => text.slice(x.span().start, x.span().end).trim() === core);
    parties.total++;
    if (c?.metadata?.plaintiff === plaintiff && c?.metadata?.defendant === defendant) parties.right++;
    else parties.wrong.push(`${plaintiff} v. ${defendant}: eyecite ${c?.metadata?.plaintiff ?? '-'} v. ${c?.metadata?.defendant ?? '-'}`);
  }
  const got = new Set(spans.map((s) => text.slice(s.start, s.end).trim()));
  for (const core of cores) {
    const hit = got.has(core);
    if (inWords(core)) {
      wordsExpected++;
      if (hit) wordsFound++;
    } else {
      expected++;
      if (hit) found++;
    }
    if (!hit) misses.push(`${core}  (eyecite: ${[...got].join(' | ') || 'nothing'})`);
  }
  for (const g of got) if (!cores.includes(g)) extras.push(`${g}  (in: ${text})`);
  extra += [...got].filter((g) => !cores.includes(g)).length;
}
console.log(`\ncorrectness on the table: ${found}/${expected} formal citations found with the same core span, ${wordsFound}/${wordsExpected} written out ("Title IX", "Section 230 of ..."); ${extra} spans found that the table does not expect`);
for (const m of misses) console.log(`  missed: ${m}`);
console.log(`case names before a case citation: eyecite's plaintiff and defendant right on ${parties.right}/${parties.total}`);
for (const m of parties.wrong) console.log(`  ${m}`);
for (const m of extras) console.log(`  not expected: ${m}`);

// 2. Speed.
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const corpus = readFileSync(`${root}bench/corpus.jsonl`, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const table = LEGAL_REFERENCES.map(([t]) => t);
function time(label: string, texts: string[], fn: (t: string) => unknown, rounds = 1): void {
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  const ms = (performance.now() - start) / rounds;
  const n = texts.reduce((a, t) => a + words(t), 0);
  console.log(`  ${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${Math.round((n / ms) * 1000).toLocaleString('en-US').padStart(9)} words/s`);
}
const docs = corpus.map((t) => analyse(t, { value: null, source: 'none' }));
const tableDocs = table.map((t) => analyse(t, { value: null, source: 'none' }));
for (const t of corpus) extract(t);
console.log(`\nspeed on bench/corpus.jsonl (${corpus.length} articles, ${corpus.reduce((a, t) => a + words(t), 0)} words; shared machine):`);
time('newsclaims extract (whole pipeline)', corpus, (t) => extract(t), 3);
let i = 0;
time('newsclaims legal extractor (on analysed docs)', corpus, () => legalMentions.extract(docs[i++ % docs.length]!), 3);
time('eyecite getCitations', corpus.slice(0, 20), (t) => eyecite.getCitations(t));
console.log(`speed on the table (${table.length} sentences):`);
time('newsclaims extract (whole pipeline)', table, (t) => extract(t), 3);
i = 0;
time('newsclaims legal extractor (on analysed docs)', table, () => legalMentions.extract(tableDocs[i++ % tableDocs.length]!), 3);
time('eyecite getCitations', table, (t) => eyecite.getCitations(t));
