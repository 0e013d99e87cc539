import type { Paragraph } from '../types.js';

/**
 * Splits text into paragraphs. Where the text has blank lines, they separate paragraphs and a single
 * line break is a wrapped line; where it has none, each line is a paragraph (scraped news often puts
 * one paragraph per line). Paragraph spans are trimmed of surrounding white space.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const hasBlankLine = /\n[ \t\u00A0]*\r?\n/.test(text);
  const separator = hasBlankLine ? /\r?\n(?:[ \t\u00A0]*\r?\n)+/g : /\r?\n/g;
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const [s, e] = trimBounds(text, start, end);
    if (e > s) {
      const index = paragraphs.length;
      paragraphs.push({ kind: 'paragraph', id: `p${index}`, index, start: s, end: e, text: text.slice(s, e) });
    }
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** Narrows [start, end) so it neither starts nor ends with white space (zero-width spaces and joiners too). */
export function trimBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200d) || code === 0x2028 || code === 0x2029 || code === 0x2060 ||
    code === 0x202f || code === 0x205f || code === 0x3000
  );
}
