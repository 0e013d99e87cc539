/**
 * The legal step on the table of tests/fixtures/legal-references.ts: every citation with its form,
 * parts and full span, every court, provision and statute name, at its exact offsets.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/index.js';
import { LEGAL_REFERENCE_FAILURES, LEGAL_REFERENCES } from './fixtures/legal-references.js';
import { run } from './helpers/entities.js';

/** Each legal reference as the table writes it, with its start, in text order. */
export function legalReferenceRows(text: string, r: ExtractResult): Array<{ start: number; row: string }> {
  const rows = r.citations.map((c) => {
    const parts = c.parts.map((p) => `${p.name}=${p.text}`).join(' ');
    const full = text.slice(c.full.start, c.full.end);
    return { start: c.start, row: `${c.form}: ${c.text} [${parts}]${full !== c.text ? ` {${full}}` : ''}` };
  });
  const cited = new Set(r.citations.map((c) => `${c.start}:${c.end}`));
  for (const e of r.entities) {
    if (e.type !== 'court' && e.type !== 'law') continue;
    for (const m of e.mentions) if (!cited.has(`${m.start}:${m.end}`) && m.form !== 'citation' && m.form !== 'description' && m.form !== 'pronoun') rows.push({ start: m.start, row: `${e.type}: ${m.text}` });
  }
  return rows.sort((a, b) => a.start - b.start);
}

describe('legal references in news sentences', () => {
  it('has at least 80 rows', () => {
    expect(LEGAL_REFERENCES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(LEGAL_REFERENCES)('%s', (text, expected) => {
    const rows = legalReferenceRows(text, run(text));
    expect(rows.map((x) => x.row)).toEqual(expected);
    // Each reference stands at the first occurrence of its text.
    for (const x of rows) expect(x.start).toBe(text.indexOf(x.row.slice(x.row.indexOf(': ') + 2).replace(/ \[.*$/, '')));
  });
});

describe('known failures in legal references', () => {
  for (const [text, expected, why] of LEGAL_REFERENCE_FAILURES) {
    // eslint-disable-next-line vitest/valid-title
    it.fails(`${text} (${why})`, () => {
      expect(legalReferenceRows(text, run(text)).map((x) => x.row)).toEqual(expected);
    });
  }
});
