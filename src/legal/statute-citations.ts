/**
 * Statutes and regulations by their citation: "18 U.S.C. § 1030(a)(2)(C)", "47 C.F.R. § 73.3555",
 * "Fla. Stat. § 120.68", "Mass. Gen. Laws ch. 93A, § 2", "Okla. Stat. tit. 21, § 1", "Cal. Penal
 * Code § 187", "§§ 1961-1968", and the title-and-section forms news writes out ("Title 18",
 * "Section 1030 of Title 18"). Anchored on the section sign and on the federal codes' names, so
 * ordinary prose, which has neither, costs one failed search per pattern.
 */
import type { Found, FoundPart } from './found.js';
import { codeAt, type Abbreviation } from './lexicon.js';
import { splitAtLastDash } from './text-ends.js';

/** A section number and its subsections: "1030(a)(2)(C)", "120.68", "93A". */
const SECTION = String.raw`(\d[\dA-Za-z]*(?:[.:-]\d[\dA-Za-z]*)*)((?:\([a-zA-Z0-9]{1,4}\))*)`;
const SECTION_SIGN = new RegExp(String.raw`\u00a7(\u00a7?)\s?${SECTION}(?:,? et seq\.)?`, 'g');
/** After "§§ 1961": the end of the range or the second section, "-1968", " and 1962". */
const SECOND = new RegExp(String.raw`\s?(?:-|\u2013|to|through|and|,)\s?${SECTION}`, 'y');
/** The federal codes, whose section sign news often leaves out: "19 U.S.C. 1509". */
const FEDERAL = new RegExp(String.raw`(?<![\w.])(\d{1,2}) (U\.\s?S\.\s?C\.(?:\s?[ASU]\.)?|USC|C\.\s?F\.\s?R\.|CFR|U\.S\. Code|United States Code),? (?:(?:\u00a7\u00a7?|[Ss]ec(?:tion|\.)|Sections?) ?)?${SECTION}`, 'g');
/** "Cal. Penal Code", "N.Y. Penal Law", "Tex. Health & Safety Code Ann.": codes named by their subject. */
const SUBJECT_CODE = /(?:Cal\.|N\.Y\.|Tex\.|Md\. Code Ann\.,|Va\. Code Ann\.) (?:[A-Z][a-z]+\.?|&|and)(?: (?:[A-Z][a-z]+\.?|&|and)){0,3} (?:Code|Law)(?: Ann\.)?,? $/;
/** A statute's name after "of the": "Communications Decency Act", "Securities Exchange Act of 1934". */
const ACT = String.raw`(?:[A-Z][\w'-]*|and|of|for|on|&)(?: (?:[A-Z][\w'-]*|and|of|for|on|&)){0,7}? Act(?: of \d{4})?`;
const TITLE = new RegExp(String.raw`\bTitle ([IVX]{1,5}|\d{1,2})\b(?:,? (?:Section|\u00a7) (\d[\dA-Za-z.-]*)((?:\([a-zA-Z0-9]{1,4}\))*))?(?: of the (U\.S\. Code|United States Code|Code of Federal Regulations|${ACT})\b)?`, 'g');
const SECTION_OF_ACT = new RegExp(String.raw`\bSection (\d+[a-z]?)((?:\([a-zA-Z0-9]{1,4}\))*)(?: of the (${ACT})\b)?`, 'g');
const SECTION_OF_TITLE = /\bSection (\d[\dA-Za-z.-]*)((?:\([a-zA-Z0-9]{1,4}\))*) of Title (\d{1,2})(?: of the (U\.S\. Code|United States Code|Code of Federal Regulations))?/g;

export function statuteCitations(norm: string): Found[] {
  return [...sectionSigns(norm), ...federal(norm), ...titles(norm), ...sectionsOfActs(norm)];
}

/** Parts of a section group pair: the section and its subsections. */
function sectionParts(start: number, section: string | undefined, subsections: string | undefined): FoundPart[] {
  if (!section) return [];
  const parts: FoundPart[] = [{ name: 'section', start, end: start + section.length }];
  if (subsections) parts.push({ name: 'subsection', start: start + section.length, end: start + section.length + subsections.length });
  return parts;
}

/** Each "§" with what stands before it: a code and a title, chapter or nothing. */
function sectionSigns(norm: string): Found[] {
  const out: Found[] = [];
  for (const m of norm.matchAll(SECTION_SIGN)) {
    const firstAt = m.index + m[0].indexOf(m[2]!, 1);
    let first = m[2]!;
    let end = m.index + m[0].length;
    let second: RegExpExecArray | null = null;
    if (m[1]) {
      // "§§ 1961-1968": two sections; a single "§ 16-5-1" keeps its hyphens.
      const dash = m[3] ? null : splitAtLastDash(first);
      if (dash) first = dash[0];
      SECOND.lastIndex = firstAt + first.length + (m[3]?.length ?? 0);
      second = SECOND.exec(norm);
      if (second) end = Math.max(end, second.index + second[0].length);
    }
    const sections = [...sectionParts(firstAt, first, m[3]), ...(second ? sectionParts(second.index + second[0].length - second[1]!.length - (second[2]?.length ?? 0), second[1], second[2]) : [])];
    const before = codeBefore(norm, m.index);
    const start = before?.start ?? m.index;
    const code = before?.code ?? null;
    out.push({
      form: code?.regulation ? 'regulation' : 'statute', start, end, fullStart: start, fullEnd: end,
      parts: [...(before?.parts ?? []), ...sections], source: code, court: null,
      key: `${before?.number ? `${before.number} ` : ''}${code?.standard ?? before?.subject ?? ''} \u00a7 ${first}${m[3] ?? ''}`.trim(),
    });
  }
  return out;
}

interface CodeBefore {
  start: number;
  code: Abbreviation | null;
  subject?: string;
  number?: string;
  parts: FoundPart[];
}

/**
 * The code a section sign belongs to, read back from it: "18 U.S.C. §", "Fla. Stat. §",
 * "Mass. Gen. Laws ch. 93A, §", "Okla. Stat. tit. 21, §", "Cal. Penal Code §".
 */
function codeBefore(norm: string, sign: number): CodeBefore | null {
  const window = norm.slice(Math.max(0, sign - 70), sign);
  const offset = sign - window.length;
  const subject = SUBJECT_CODE.exec(window);
  if (subject) {
    const name = subject[0].replace(/,? $/, '');
    return { start: offset + subject.index, code: null, subject: name, parts: [{ name: 'code', start: offset + subject.index, end: offset + subject.index + name.length }] };
  }
  // Try each word start in the window, nearest first: a code that ends where the pattern wants it.
  for (let i = window.length - 2; i >= 0; i--) {
    if (i > 0 && window[i - 1] !== ' ') continue;
    const code = codeAt(window, i);
    if (!code) continue;
    const after = window.slice(i + code.form.length);
    const codePart: FoundPart = { name: 'code', start: offset + i, end: offset + i + code.form.length };
    if (code.shape === 'S' && /^,? $/.test(after)) return { start: offset + i, code, parts: [codePart] };
    const chapter = code.shape === 'C' ? /^ ch\. (\w+),? $/.exec(after) : code.shape === 'X' ? /^ tit\. (\d+),? $/.exec(after) : null;
    if (chapter) {
      const at = offset + i + code.form.length + after.indexOf(chapter[1]!);
      return { start: offset + i, code, number: chapter[1], parts: [codePart, { name: code.shape === 'C' ? 'chapter' : 'title', start: at, end: at + chapter[1]!.length }] };
    }
    if (code.shape === 'T' && /^,? $/.test(after)) {
      const title = /(?:^|[^\w.])(\d{1,3}) $/.exec(window.slice(0, i));
      if (!title) continue;
      const at = offset + i - 1 - title[1]!.length;
      return { start: at, code, number: title[1], parts: [{ name: 'title', start: at, end: at + title[1]!.length }, codePart] };
    }
  }
  return null;
}

/** "19 U.S.C. 1509", "42 USC 1983", "47 C.F.R. 73.3555": the federal codes without a section sign. */
function federal(norm: string): Found[] {
  const out: Found[] = [];
  for (const m of norm.matchAll(FEDERAL)) {
    const codeStart = m.index + m[1]!.length + 1;
    const code = codeAt(norm, codeStart);
    const sectionStart = m.index + m[0].length - m[3]!.length - (m[4]?.length ?? 0);
    const end = m.index + m[0].length;
    out.push({
      form: code?.regulation ? 'regulation' : 'statute', start: m.index, end, fullStart: m.index, fullEnd: end,
      parts: [{ name: 'title', start: m.index, end: m.index + m[1]!.length }, { name: 'code', start: codeStart, end: codeStart + m[2]!.length }, ...sectionParts(sectionStart, m[3], m[4])],
      source: code, court: null,
      key: `${m[1]} ${code?.standard ?? m[2]} \u00a7 ${m[3]}${m[4] ?? ''}`,
    });
  }
  return out;
}

/** "Title 18", "Title IX", "Title 18, Section 1030 of the U.S. Code", "Section 1030 of Title 18". */
function titles(norm: string): Found[] {
  const out: Found[] = [];
  const code = (name: string | undefined) => (name ? codeAt(name === 'Code of Federal Regulations' ? 'C.F.R.' : 'U.S.C.', 0) : null);
  for (const m of norm.matchAll(TITLE)) {
    const end = m.index + m[0].length;
    const titleAt = m.index + 6;
    const sectionAt = m[2] ? m.index + m[0].indexOf(m[2], 7 + m[1]!.length) : 0;
    const codeAt_ = m[4] ? end - m[4].length : 0;
    const act = m[4] !== undefined && / Act(?: of \d{4})?$/.test(m[4]);
    out.push({
      form: m[4] === 'Code of Federal Regulations' ? 'regulation' : 'statute', start: m.index, end, fullStart: m.index, fullEnd: end,
      parts: [{ name: 'title', start: titleAt, end: titleAt + m[1]!.length }, ...sectionParts(sectionAt, m[2], m[3]), ...(m[4] ? [{ name: act ? 'act' as const : 'code' as const, start: codeAt_, end }] : [])],
      source: act ? null : code(m[4]), court: null,
      key: m[2] ? `${m[1]} ${code(m[4] ?? 'U.S.C.')?.standard ?? ''} \u00a7 ${m[2]}${m[3] ?? ''}` : `Title ${m[1]}`, inWords: true,
    });
  }
  for (const m of norm.matchAll(SECTION_OF_TITLE)) {
    const end = m.index + m[0].length;
    const titleAt = m.index + m[0].indexOf(' of Title ') + 10;
    out.push({
      form: m[4] === 'Code of Federal Regulations' ? 'regulation' : 'statute', start: m.index, end, fullStart: m.index, fullEnd: end,
      parts: [...sectionParts(m.index + 8, m[1], m[2]), { name: 'title', start: titleAt, end: titleAt + m[3]!.length }, ...(m[4] ? [{ name: 'code' as const, start: end - m[4].length, end }] : [])],
      source: code(m[4] ?? 'U.S.C.'), court: null,
      key: `${m[3]} ${code(m[4] ?? 'U.S.C.')?.standard ?? ''} \u00a7 ${m[1]}${m[2] ?? ''}`, inWords: true,
    });
  }
  return out;
}

/** "Section 230", "Section 230 of the Communications Decency Act", "Section 10(b) of the Securities Exchange Act of 1934". */
function sectionsOfActs(norm: string): Found[] {
  const out: Found[] = [];
  for (const m of norm.matchAll(SECTION_OF_ACT)) {
    const end = m.index + m[0].length;
    const act = m[3] ? [{ name: 'act' as const, start: end - m[3].length, end }] : [];
    out.push({
      form: 'statute', start: m.index, end, fullStart: m.index, fullEnd: end,
      parts: [...sectionParts(m.index + 8, m[1], m[2]), ...act], source: null, court: null,
      key: m[0], inWords: true,
    });
  }
  return out;
}
