/** Every object in a result that claims to stand in the text: numeric start and end and a text string. */
export interface FoundSpan {
  path: string;
  start: number;
  end: number;
  text: string;
}

export function collectSpans(value: unknown, path = '$', out: FoundSpan[] = []): FoundSpan[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push({ path, start: o.start, end: o.end, text: o.text });
    }
    for (const [k, v] of Object.entries(o)) collectSpans(v, `${path}.${k}`, out);
  }
  return out;
}

/** Spans whose text is not exactly input.slice(start, end). */
export function badSpans(input: string, result: unknown): FoundSpan[] {
  return collectSpans(result).filter((s) => input.slice(s.start, s.end) !== s.text || s.start > s.end || s.start < 0 || s.end > input.length);
}
