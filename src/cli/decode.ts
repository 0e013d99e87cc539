/**
 * An article file's bytes as text. newsclaims reads UTF-8; a byte-order mark says UTF-8, UTF-16LE or
 * UTF-16BE and is not part of the text (so offsets count from the first character after it). Bytes
 * that are not text in the encoding are refused with a message, never read as replacement
 * characters: offsets into garbage are no use to anyone.
 */

/** Raised for bytes that are not text newsclaims can read: exit code 2, like any bad input. */
export class InputEncodingError extends Error {
  override readonly name = 'InputEncodingError';
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte-order mark at the start names, with the mark's length; UTF-8 without one. */
export function sniffEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number } {
  const found = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  return found ? { encoding: found.encoding, bom: found.bytes.length } : { encoding: 'utf-8', bom: 0 };
}

/** Decodes a file's bytes; `name` is the file as the user wrote it, for the message. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const { encoding, bom } = sniffEncoding(bytes);
  const body = bytes.subarray(bom);
  if (encoding !== 'utf-8' && body.length % 2 === 1) {
    throw new InputEncodingError(`${name} starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes: it is not ${encoding.toUpperCase()} text`);
  }
  if (encoding === 'utf-8' && looksLikeUtf16(body)) {
    throw new InputEncodingError(`${name} looks like UTF-16 without a byte-order mark (every other byte is NUL): newsclaims reads UTF-8, or UTF-16 with a byte-order mark; convert it first (iconv -t UTF-8)`);
  }
  try {
    // fatal: a byte sequence that is not text throws instead of becoming U+FFFD.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new InputEncodingError(`${name} is not ${encoding.toUpperCase()} text: newsclaims reads UTF-8, or UTF-16 with a byte-order mark; convert it first (iconv -t UTF-8)`);
  }
}

/** Many NUL bytes at every other position: UTF-16 text of a Latin script, written without a BOM. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 4 && zeros >= n / 4;
}
