/**
 * What every extraction must satisfy, whatever the input: the rules of src/types.ts, checked as a
 * whole. Each check returns readable violations, so a failing property shows what broke, not just
 * "false". The nesting rules:
 *
 * - Every span slices the input exactly (helpers/spans.ts) and no span starts or ends between the two
 *   halves of a surrogate pair.
 * - Paragraphs are disjoint and in order; each sentence lies in the paragraph it names; sentences are
 *   disjoint and in order; each token lies in the sentence it names; tokens are disjoint and in order.
 * - A quote's fragments are in order and disjoint, the first starts the quote and the last ends it;
 *   each fragment's content lies in the fragment; the quote, its cue and its speaker mention lie in
 *   its full span. Quotes and quoted terms never overlap one another.
 * - Mentions of an entity are in order and name that entity; two mentions never partially overlap
 *   (they are disjoint, or one holds the other).
 * - Dates are disjoint and in order.
 * - A claim's content, cue and speaker mention lie in the text; a claim made from a quote names it.
 * - Ids are unique within their kind and every id a claim or quote refers to exists.
 */
import type { ExtractResult } from '../../src/index.js';
import { collectSpans } from './spans.js';

type Range = { start: number; end: number };

const within = (inner: Range, outer: Range) => inner.start >= outer.start && inner.end <= outer.end;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether offset `at` falls between a high and a low surrogate. */
const splitsPair = (s: string, at: number) => at > 0 && at < s.length && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at));

function ordered(name: string, items: Range[], out: string[]): void {
  items.forEach((x, i) => {
    if (x.end < x.start) out.push(`${name}[${i}] ends before it starts`);
    const prev = items[i - 1];
    if (prev && x.start < prev.end) out.push(`${name}[${i}] [${x.start},${x.end}) overlaps or precedes ${name}[${i - 1}] [${prev.start},${prev.end})`);
  });
}

export function violations(input: string, r: ExtractResult): string[] {
  const out: string[] = [];
  for (const s of collectSpans(r)) {
    if (input.slice(s.start, s.end) !== s.text || s.start < 0 || s.end > input.length || s.start > s.end) out.push(`${s.path} [${s.start},${s.end}) does not slice the input to its text`);
    if (splitsPair(input, s.start) || splitsPair(input, s.end)) out.push(`${s.path} [${s.start},${s.end}) cuts a surrogate pair`);
  }
  if (r.length !== input.length) out.push(`length ${r.length} is not the input's ${input.length}`);

  ordered('paragraphs', r.paragraphs, out);
  ordered('sentences', r.sentences, out);
  r.sentences.forEach((s, i) => {
    const p = r.paragraphs[s.paragraph];
    if (!p || !within(s, p)) out.push(`sentences[${i}] is not inside paragraph ${s.paragraph}`);
  });
  if (r.tokens) {
    ordered('tokens', r.tokens, out);
    r.tokens.forEach((t, i) => {
      const s = r.sentences[t.sentence];
      if (!s || !within(t, s)) out.push(`tokens[${i}] "${t.text}" is not inside sentence ${t.sentence}`);
    });
  }

  r.quotes.forEach((q, i) => {
    ordered(`quotes[${i}].fragments`, q.fragments, out);
    if (q.fragments[0]?.start !== q.start || q.fragments.at(-1)?.end !== q.end) out.push(`quotes[${i}] does not run from its first fragment to its last`);
    q.fragments.forEach((f, k) => {
      if (!within(f.content, f)) out.push(`quotes[${i}].fragments[${k}].content is outside its fragment`);
    });
    for (const [name, span] of [['quote', q], ['cue', q.cue], ['speaker', q.speaker?.mention]] as const) {
      if (span && !within(span, q.full)) out.push(`quotes[${i}] ${name} [${span.start},${span.end}) is outside its full span [${q.full.start},${q.full.end})`);
    }
  });
  ordered('quotes and quoted terms', [...r.quotes, ...r.quotedTerms].sort((a, b) => a.start - b.start), out);

  const mentions = r.entities.flatMap((e, i) => {
    e.mentions.forEach((m, k) => {
      if (m.entity !== e.id) out.push(`entities[${i}].mentions[${k}] names entity ${m.entity}, not ${e.id}`);
      if (k > 0 && m.start < e.mentions[k - 1]!.start) out.push(`entities[${i}].mentions are not in order`);
    });
    return e.mentions;
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < mentions.length; i++) {
    for (let k = i + 1; k < mentions.length && mentions[k]!.start < mentions[i]!.end; k++) {
      const [a, b] = [mentions[i]!, mentions[k]!];
      if (b.end > a.end) out.push(`mentions "${a.text}" [${a.start},${a.end}) and "${b.text}" [${b.start},${b.end}) partially overlap`);
    }
  }

  ordered('dates', r.dates, out);

  const text = { start: 0, end: input.length };
  const ids = (xs: Array<{ id: string }>) => new Set(xs.map((x) => x.id));
  const [entityIds, dateIds, quoteIds] = [ids(r.entities), ids(r.dates), ids(r.quotes)];
  for (const [name, xs] of [['entities', r.entities], ['dates', r.dates], ['quotes', r.quotes], ['claims', r.claims]] as const) {
    if (ids(xs).size !== xs.length) out.push(`${name} ids are not unique`);
  }
  r.claims.forEach((c, i) => {
    for (const span of [c.content, c.cue, c.speaker?.mention]) if (span && !within(span, text)) out.push(`claims[${i}] has a span outside the text`);
    if (c.source === 'quote' && (c.quote === null || !quoteIds.has(c.quote))) out.push(`claims[${i}] rests on quote ${c.quote}, which does not exist`);
    for (const e of c.entities) if (!entityIds.has(e)) out.push(`claims[${i}] names entity ${e}, which does not exist`);
    for (const d of c.dates) if (!dateIds.has(d)) out.push(`claims[${i}] names date ${d}, which does not exist`);
    if (c.speaker?.entity && !entityIds.has(c.speaker.entity)) out.push(`claims[${i}] speaker entity ${c.speaker.entity} does not exist`);
  });
  r.quotes.forEach((q, i) => {
    if (q.speaker?.entity && !entityIds.has(q.speaker.entity)) out.push(`quotes[${i}] speaker entity ${q.speaker.entity} does not exist`);
  });
  return out;
}
