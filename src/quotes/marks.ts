/**
 * Double quotation marks and which way each faces. Curly marks and guillemets say it themselves;
 * a straight mark is read from its neighbours: after a space it opens, before one it closes.
 */

export type Facing = 'open' | 'close' | 'either';

export interface Mark {
  at: number;
  facing: Facing;
}

const OPENING = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSING = new Set(['\u201D', '\u00BB']);

/** Characters after which a straight mark opens a quotation. */
const BEFORE_OPEN = /[\s([{\-/:;,\u2014\u2013']/;
/** Characters before which a straight mark closes one. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\-/'\u2014\u2013]/;

export function findMarks(text: string, norm: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = norm.indexOf('"'); i >= 0; i = norm.indexOf('"', i + 1)) {
    const ch = text[i]!;
    if (OPENING.has(ch)) marks.push({ at: i, facing: 'open' });
    else if (CLOSING.has(ch)) marks.push({ at: i, facing: 'close' });
    else marks.push({ at: i, facing: straightFacing(norm, i) });
  }
  return marks;
}

function straightFacing(norm: string, i: number): Facing {
  const before = i === 0 ? ' ' : norm[i - 1]!;
  const after = i + 1 >= norm.length ? ' ' : norm[i + 1]!;
  const opens = BEFORE_OPEN.test(before);
  const closes = AFTER_CLOSE.test(after);
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return 'either';
}
