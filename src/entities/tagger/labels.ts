/**
 * The tagger's labels: BILOU over four entity classes (Begin, Inside, Last, Outside, Unit), the
 * scheme that Ratinov & Roth (2009) found better than BIO for named entities. Which label may
 * follow which is fixed here, so decoding never yields a broken span.
 */

/** CoNLL-2003's four classes. */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof CLASSES)[number];

const PREFIXES = ['B', 'I', 'L', 'U'] as const;

/** Label 0 is O; then B-, I-, L-, U- of each class in CLASSES order. */
export const LABELS: readonly string[] = ['O', ...CLASSES.flatMap((c) => PREFIXES.map((p) => `${p}-${c}`))];
export const LABEL_COUNT = LABELS.length;

function prefixOf(label: number): 'O' | (typeof PREFIXES)[number] {
  return label === 0 ? 'O' : PREFIXES[(label - 1) % 4]!;
}

export function classOf(label: number): EntityClass | null {
  return label === 0 ? null : CLASSES[Math.floor((label - 1) / 4)]!;
}

function labelOf(prefix: (typeof PREFIXES)[number], c: EntityClass): number {
  return 1 + CLASSES.indexOf(c) * 4 + PREFIXES.indexOf(prefix);
}

/** May label `b` follow label `a`? (`a` = -1: the sentence start.) */
export function allowed(a: number, b: number): boolean {
  const pb = prefixOf(b);
  if (a < 0) return pb === 'O' || pb === 'B' || pb === 'U';
  const pa = prefixOf(a);
  const open = pa === 'B' || pa === 'I';
  if (open) return (pb === 'I' || pb === 'L') && classOf(a) === classOf(b);
  return pb === 'O' || pb === 'B' || pb === 'U';
}

/** May a sentence end after label `a`? */
export function allowedLast(a: number): boolean {
  const p = prefixOf(a);
  return p === 'O' || p === 'L' || p === 'U';
}

/** A span of tokens [first, last] with its class. */
export interface TokenSpan {
  first: number;
  last: number;
  type: EntityClass;
}

/** BILOU labels for spans over `n` tokens (spans must not overlap). */
export function encode(n: number, spans: readonly TokenSpan[]): number[] {
  const out = new Array<number>(n).fill(0);
  for (const s of spans) {
    if (s.first === s.last) {
      out[s.first] = labelOf('U', s.type);
      continue;
    }
    out[s.first] = labelOf('B', s.type);
    for (let i = s.first + 1; i < s.last; i++) out[i] = labelOf('I', s.type);
    out[s.last] = labelOf('L', s.type);
  }
  return out;
}

/** Spans from a label sequence (decoding guarantees it is well formed; stray pieces are closed). */
export function decode(labels: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  labels.forEach((label, i) => {
    const p = prefixOf(label);
    const c = classOf(label);
    if (open && (p === 'O' || p === 'B' || p === 'U' || c !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (p === 'U') spans.push({ first: i, last: i, type: c! });
    else if (p === 'B' || ((p === 'I' || p === 'L') && !open)) open = { first: i, last: i, type: c! };
    else if (open) open.last = i;
    if (open && p === 'L') {
      spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}
