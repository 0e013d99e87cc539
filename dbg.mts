import { readFileSync } from 'node:fs';
const { extract } = await import('./src/index.ts');
const base = readFileSync('fixtures/000_81661534ce791b66.txt', 'utf8');
const edits = [{ at: 348, cut: 1, insert: '"' }, { at: 0, cut: 0, insert: '"' }];
const s = edits.reduce((s, e) => s.slice(0, e.at) + e.insert + s.slice(e.at + e.cut), base);
const r = extract(s, { tokens: true });
const t = r.tokens![63]!; console.log(t, r.sentences[3], JSON.stringify(s.slice(t.start - 30, t.end + 30)));
console.log(r.tokens!.slice(58, 66).map((x) => [x.text, x.start, x.sentence]));
