/**
 * Writes src/legal/lexicon.generated.ts: the abbreviations of court reporters, law reviews, codes
 * of statutes and regulations, and courts, from Free Law Project's reporters and courts databases
 * as the npm port of eyecite ships them (`@beshkenadze/eyecite`, a devDependency: only this script
 * reads it). newsclaims does not run eyecite itself: on news text it read 519 words/s against
 * newsclaims' 5,300 for the whole extraction, took 7 s to build its patterns on the first call,
 * imports Node's `crypto`, and adds 240 KiB min+gz to the browser bundle (see the commit that
 * added this script). Its data is what it does best, and what no one should type again.
 *
 *   npx tsx scripts/legal/make-lexicon.ts
 *
 * Kept: every reporter edition and variation that holds a period or a digit, or is one of the
 * reporters a plain word names ("Idaho"), marked so the finder asks more of it; law reviews;
 * codes of statutes and regulations whose citation has one of the shapes news prints (a title or
 * chapter number before the code, "§ N" or "ch. N, § M" after it); courts by their citation string.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Its exports map hides package.json, so the folder is found where npm installs it.
const pkgDir = join(root, 'node_modules/@beshkenadze/eyecite');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const source = readFileSync(join(pkgDir, 'dist/index.js'), 'utf8');

/** The databases are module-level object literals in the port's bundle; laws and journals are not exported. */
function literal<T>(name: string): T {
  const at = source.indexOf(`var ${name} = `);
  if (at < 0) throw new Error(`${name} not found in @beshkenadze/eyecite ${pkg.version}`);
  // The literal ends at the first line that closes it at the left margin.
  const end = Math.min(...['\n};', '\n];'].map((e) => source.indexOf(e, at)).filter((i) => i >= 0));
  const body = source.slice(at + `var ${name} = `.length, end + 2);
  return new Function(`return (${body});`)() as T;
}

interface Reporter { name: string; cite_type: string; editions: Record<string, unknown>; variations?: Record<string, string> }
interface Law { name: string; cite_type: string; regexes: string[]; variations?: string[]; jurisdiction?: string }
interface Journal { name: string; variations?: string[] }
interface Court { name: string; citation_string?: string; jurisdiction?: string; type?: string }

const reporters = literal<Record<string, Reporter[]>>('reporters_default');
const laws = literal<Record<string, Law[]>>('laws_default');
const journals = literal<Record<string, Journal[]>>('journals_default');
const courts = literal<Court[]>('courts_default');

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/[|\t\n=]/g, ' ').trim();
/** An abbreviation the finder can trust between two numbers: it holds a period or a digit. */
const marked = (s: string) => /[.\d]/.test(s);

// Reporters: one line per reporter: name, then abbreviation=edition pairs ("=" omitted when the same).
const reporterLines: string[] = [];
for (const list of Object.values(reporters)) for (const r of list) {
  const forms = new Map<string, string>();
  for (const ed of Object.keys(r.editions)) forms.set(clean(ed), clean(ed));
  for (const [v, ed] of Object.entries(r.variations ?? {})) if (!forms.has(clean(v))) forms.set(clean(v), clean(ed));
  const kept = [...forms].filter(([f]) => f.length > 1 && /^[A-Z0-9]/.test(f));
  if (kept.length) reporterLines.push([clean(r.name), ...kept.map(([f, ed]) => (f === ed ? f : `${f}=${ed}`))].join('|'));
}

// Codes: shape T (title or chapter number before: "18 U.S.C. § 1030"), S ("Fla. Stat. § 120.68"),
// C ("Mass. Gen. Laws ch. 93A, § 2"), X ("Okla. Stat. tit. 21, § 1"); others are not printed by news.
// An "r" after the shape marks a code of regulations.
function shapeOf(regexes: string[]): string | null {
  for (const r of regexes) {
    if (/^\(\?P<(?:title|chapter)>\\d\+\)(?:,\?)?(?:\\s\+| )\$reporter(?:,\?)?(?:\\s\+| )(?:§|\$section_marker)/.test(r)) return 'T';
    if (/^\$reporter tit\\\. \(\?P<title>/.test(r)) return 'X';
    if (/^\$reporter ch\\\. /.test(r)) return 'C';
    if (/^\$reporter,? § \$law_section$/.test(r)) return 'S';
  }
  return null;
}
const lawLines: string[] = [];
for (const [key, list] of Object.entries(laws)) for (const l of list) {
  if (!['leg_statute', 'admin_compilation'].includes(l.cite_type)) continue;
  const shape = shapeOf(l.regexes);
  if (!shape) continue;
  const forms = [...new Set([key, ...(l.variations ?? [])].map(clean))].filter((f) => f.length > 1);
  lawLines.push([shape + (l.cite_type === 'admin_compilation' ? 'r' : ''), clean(l.name.split(';')[0]!), ...forms].join('|'));
}

const journalLines: string[] = [];
for (const [key, list] of Object.entries(journals)) for (const j of list) {
  const forms = [...new Set([key, ...(j.variations ?? [])].map(clean))].filter((f) => marked(f));
  if (forms.length) journalLines.push([clean(j.name), ...forms].join('|'));
}

const courtLines = [...new Map(courts.filter((c) => c.citation_string && marked(c.citation_string)).map((c) => [clean(c.citation_string!), clean(c.name)])).entries()]
  .map(([cite, name]) => `${cite}|${name}`);

const pack = (lines: string[]) => JSON.stringify([...new Set(lines)].sort().join('\n'));
const out = `// Generated by scripts/legal/make-lexicon.ts from the reporters, laws, journals and courts databases
// in @beshkenadze/eyecite ${pkg.version}. Do not edit by hand. The data is Free Law Project's:
//
// Copyright (c) 2020, Free Law Project. All rights reserved. Redistribution and use in source and
// binary forms, with or without modification, are permitted provided that the following conditions
// are met: 1. Redistributions of source code must retain the above copyright notice, this list of
// conditions and the following disclaimer. 2. Redistributions in binary form must reproduce the
// above copyright notice, this list of conditions and the following disclaimer in the documentation
// and/or other materials provided with the distribution. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT
// HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED
// TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED.
// IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT,
// INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO,
// PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
// INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
// LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
// SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
//
// One line per reporter, law review or code: fields split by "|". Read by lexicon.ts.

/** Reporters: full name, then each abbreviation, "variation=edition" where it differs from its edition. */
export const REPORTER_LINES: string = ${pack(reporterLines)};

/** Codes of statutes and regulations: shape (T title before, S section after, C chapter, X "tit."), name, abbreviations. */
export const CODE_LINES: string = ${pack(lawLines)};

/** Law reviews and journals: full name, then abbreviations. */
export const JOURNAL_LINES: string = ${pack(journalLines)};

/** Courts: the abbreviation a citation's parenthetical gives, then the court's name. */
export const COURT_LINES: string = ${pack(courtLines)};
`;
writeFileSync(join(root, 'src/legal/lexicon.generated.ts'), out);
console.log(`reporters ${reporterLines.length}, codes ${lawLines.length}, journals ${journalLines.length}, courts ${courtLines.length}; ${out.length} characters`);
