/**
 * Writes bench/corpus.jsonl: ~50,000 words of varied news articles for the benchmark, made from the
 * two seed articles in fixtures/ by recombining their paragraphs and substituting names, outlets,
 * agencies, handles, days and years. Nothing is downloaded; the same seed gives the same file.
 *
 *   npx tsx scripts/make-corpus.ts [WORDS]
 *
 * The output is committed, so a change to this script changes benchmark text only when rerun.
 */
import { mulberry32 } from './seeded-random.js';
import { readFileSync, writeFileSync } from 'node:fs';

const TARGET_WORDS = Number(process.argv[2] ?? 50_000);
const root = new URL('../', import.meta.url);
const seeds = ['000_81661534ce791b66.txt', '001_3eb6e2f0f30d6a44.txt'].map((f) => readFileSync(new URL(`fixtures/${f}`, root), 'utf8'));

const rnd = mulberry32(8);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const COMPANIES = ['Twitter', 'Reddit', 'Dropbox', 'Tumblr', 'Pinterest', 'Yelp', 'Automattic', 'Mozilla', 'Wikimedia', 'Signal'];
const LEADERS: Array<[string, string]> = [['Donald', 'Trump'], ['Joe', 'Biden'], ['Theresa', 'May'], ['Angela', 'Merkel'], ['Emmanuel', 'Macron'], ['Justin', 'Trudeau'], ['Scott', 'Morrison'], ['Jacinda', 'Ardern']];
const ADVOCATES: Array<[string, string]> = [['American Civil Liberties Union', 'ACLU'], ['Electronic Frontier Foundation', 'EFF'], ['Center for Democracy and Technology', 'CDT'], ['Electronic Privacy Information Center', 'EPIC'], ['Committee to Protect Journalists', 'CPJ']];
const AGENCIES: Array<[string, string]> = [['United States Citizenship and Immigration Services', 'USCIS'], ['Federal Communications Commission', 'FCC'], ['Environmental Protection Agency', 'EPA'], ['Internal Revenue Service', 'IRS'], ['National Park Service', 'NPS']];
const WHISTLEBLOWERS = ['Edward Snowden', 'Chelsea Manning', 'Reality Winner', 'Thomas Drake', 'William Binney'];
const OUTLETS = ['Reuters', 'the Associated Press', 'Bloomberg', 'Agence France-Presse', 'the Guardian'];
const PEERS = ['Google, Facebook, Yahoo, LinkedIn and Microsoft', 'Apple, Amazon, Netflix and Adobe', 'Verizon, AT&T, Comcast and Sprint'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One article's cast: every substitution it makes, longest pattern first so "Donald Trump" goes before "Trump". */
function cast(): Array<[RegExp, string]> {
  const company = pick(COMPANIES);
  const [first, last] = pick(LEADERS);
  const [advocate, advocateShort] = pick(ADVOCATES);
  const [agency, agencyShort] = pick(AGENCIES);
  const handle = `ALT_${agencyShort.toLowerCase()}${Math.floor(rnd() * 90 + 10)}`;
  const day = Math.floor(rnd() * 26 + 1);
  const month = pick(MONTHS);
  const year = 2010 + Math.floor(rnd() * 9);
  return [
    [/realDonaldTrump/g, `real${first}${last}`],
    [/@ALT_(?:uscis|USCIS)/g, `@${handle}`],
    [/Donald Trump/g, `${first} ${last}`],
    [/\bTrump\b/g, last],
    [/\bTwitter\b/g, company],
    [/American Civil Liberties Union/g, advocate],
    [/\bACLU\b/g, advocateShort],
    [/United States Citizenship and Immigration Services/g, agency],
    [/\bUSCIS\b/g, agencyShort],
    [/Edward Snowden/g, pick(WHISTLEBLOWERS)],
    [/\bReuters\b/g, pick(OUTLETS)],
    [/Google, Facebook, Yahoo, LinkedIn and Microsoft/g, pick(PEERS)],
    [/\bThursday\b/g, pick(DAYS)],
    [/\b13 March\b/g, `${day} ${month}`],
    [/\b14 March\b/g, `${day + 1} ${month}`],
    [/\b2014\b/g, String(year)],
    [/\b2013\b/g, String(year - 1)],
  ];
}

const paragraphs = seeds.flatMap((s) => s.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const lines: string[] = [];
let total = 0;
for (let n = 0; total < TARGET_WORDS; n++) {
  const subs = cast();
  // 6 to 16 paragraphs, drawn without repetition, so articles differ in length and order.
  const pool = [...paragraphs];
  const count = 6 + Math.floor(rnd() * 11);
  const chosen: string[] = [];
  while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
  const text = chosen.map((p) => subs.reduce((t, [pattern, to]) => t.replace(pattern, to), p)).join('\n\n');
  const date = `${2010 + Math.floor(rnd() * 9)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  lines.push(JSON.stringify({ id: `a${String(n).padStart(3, '0')}`, text, date }));
  total += words(text);
}
writeFileSync(new URL('bench/corpus.jsonl', root), lines.join('\n') + '\n');
console.log(`bench/corpus.jsonl: ${lines.length} articles, ${total} words`);
