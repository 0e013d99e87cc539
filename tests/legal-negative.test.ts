/**
 * No junk from legal text: no person, organisation or place made of a reporter's abbreviation, a
 * code's, a court abbreviation in a parenthetical, or a section sign; and ordinary sentences with
 * numbers, "v" or "No." make no citation.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';
import { extract } from '../src/index.js';

const NAMED = new Set(['person', 'organization', 'place']);

describe('no junk entity from legal abbreviations', () => {
  it.each([
    ['The ruling, 410 U.S. 113, stands.', []],
    ['The statute, Mass. Gen. Laws ch. 1, § 2, applies.', []],
    ['He cited Fla. Stat. § 120.68 in the filing.', []],
    ['The article ran at 1 Minn. L. Rev. 1 last year.', []],
    ['The opinion appears in the F. Supp. 3d volume.', []],
    ['The Cal. Ct. App. decision was reversed.', []],
    ['Lawyers cited the S. Ct. reporter and the U.S.C. annotations.', []],
    ['The ruling, 598 F. Supp. 3d 1101 (N.D. Cal. 2022), was appealed.', []],
    ['The court cited Id. at 5 and § 2 of the contract.', []],
    ['See Tex. Penal Code Ann. § 22.01 and Wash. Rev. Code § 9A.36.011.', []],
    ['The case, No. 3:21-cv-01234 (D. Conn. 2022), was sealed.', []],
    ['The panel cited 31 F.4th 1180 (9th Cir. 2022) and 17 A.3d 450 (Del. Ch. 2011).', []],
    ['Police in Tampa, Fla., arrested the man.', ['place:Tampa', 'place:Fla']],
  ])('%s', (text, expected) => {
    const r = run(text);
    const names = r.entities.filter((e) => NAMED.has(e.type)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
    expect(names).toEqual(expected);
  });
});

describe('no citation in ordinary sentences', () => {
  it.each([
    'The score was 3 to 1 at halftime, and 21 U.S. states joined the program.',
    'In section 3 of the report, the authors list 12 US cities.',
    'The team won 24-17 on Sunday, its 5th straight victory.',
    'She was voted No. 1 in the poll and finished 2 v 1 in the final.',
    'The 2019 Ford F-150 costs $40,000.',
    'Chapter 11 bankruptcy gives the company time.',
    'He paid 5 Cal. dollars, or so the joke went.',
    'The vote was 52 to 48, with 3 Republicans crossing over.',
    'Volume 3, page 12 of the diary mentions the trip.',
  ])('%s', (text) => {
    expect(run(text).citations).toEqual([]);
  });
});

describe('no date read inside a citation', () => {
  it.each([
    ['The case is Doe v. Smith, No. 3:21-cv-01234.', []],
    ['The case is Lane v. Ortiz, No. 2:24-cv-01877, filed on June 3.', ['June 3']],
    ['The court relied on Roe v. Wade, 410 U.S. 113 (1973).', ['1973']],
  ])('%s', (text, dates) => {
    expect(extract(text, { referenceDate: '2024-06-10' }).dates.map((d) => d.text)).toEqual(dates);
  });
});
