/**
 * Same-length normalisation. Every replacement swaps one UTF-16 code unit for one, so an offset in
 * the normalised text is the same offset in the input: nothing downstream needs an offset map.
 */

const REPLACEMENTS: Record<string, string> = {
  // Double quotation marks of every style become ".
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2033': '"', '\uFF02': '"',
  // Single quotation marks and apostrophes become '.
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2039': "'", '\u203A': "'",
  '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  // Spaces that are not plain spaces become plain spaces, so patterns need to know only one.
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ',
  '\u200A': ' ', '\u3000': ' ', '\t': ' ',
  // Zero-width characters would split words; a space at the same place keeps offsets.
  '\u200B': ' ', '\u200C': ' ', '\u200D': ' ', '\u2060': ' ', '\uFEFF': ' ',
  // Dashes become one dash; the ellipsis stays one code unit.
  '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

const PATTERN = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'g');

/**
 * Two single marks standing for one double mark, as news archives and typewriter text write it
 * (''We will appeal,'' she said; ``We will appeal''): exactly two, not three (a single quote closing
 * inside a double one). They become one double mark and a space, on the side away from the words
 * they enclose, so the quote's span holds both marks and its content neither.
 */
const DOUBLED = /(?<!')''(?!')/g;

/** Characters after which a doubled mark opens a quotation. */
const BEFORE_OPENING = /[\s([{\-\u2014\u2013]/;

/** Returns text of the same length with quotes, spaces and dashes folded to ASCII. */
export function normalizeSameLength(text: string): string {
  const folded = text.replace(PATTERN, (ch) => REPLACEMENTS[ch] ?? ch);
  return folded.replace(DOUBLED, (_, at: number) => (at === 0 || BEFORE_OPENING.test(folded[at - 1]!) ? '" ' : ' "'));
}
