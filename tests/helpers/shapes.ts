/**
 * Text of the shapes that once took time in the square of their length (issue #22), `n` UTF-16
 * code units long, generated (no corpus): used by the document-layer tests and by
 * `npm run bench:scaling`. Deterministic, so every run reads the same text.
 */

/** A 31-bit linear congruential generator: the same letters on every run. */
function letters(n: number, alphabet: string): string {
  const out = new Array<string>(n);
  let r = 12345;
  for (let i = 0; i < n; i++) {
    r = (r * 1103515245 + 12345) % 2147483648;
    out[i] = alphabet[r % alphabet.length]!;
  }
  return out.join('');
}

const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const SHAPES: Readonly<Record<string, (n: number) => string>> = {
  /** One unbroken word: wink-nlp's abbreviation test /[a-z].*\.$/i was quadratic on it. */
  'unbroken word': (n) => 'x'.repeat(n),
  /** An inline data: image or an e-mail attachment: wink-nlp's e-mail pattern was quadratic on it. */
  base64: (n) => letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
  /** Minified code: punctuation and quotation marks, no white space. */
  'punctuated line': (n) => repeatTo('a=1;b="x",c(d.e);f[\'g\']=h||i;', n),
  /** Quotes and their cues with no white space: every quote was read back to its sentence's start. */
  'quoted line': (n) => repeatTo('he,said,"no",', n),
  /** Abbreviations with nothing between them that ends a sentence. */
  "'Mr. ' storm": (n) => repeatTo('Mr. ', n),
  /** Links separated by spaces, as a scraped page of links. */
  'URL storm': (n) => repeatTo('https://example.com/news/2017/04/07/story.html?utm_source=feed&id=42 ', n),
  /** Links glued together with no white space. */
  'URL run': (n) => repeatTo('https://example.com/a/b?c=1&d=e.f', n),
  /** Periods and letters: "a.b.c.d..." */
  'initials run': (n) => repeatTo('a.', n),
};
