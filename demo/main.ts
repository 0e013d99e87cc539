/**
 * The demo page: paste an article to see its claims (quoted, reported and the outlet's own),
 * quotes, speakers, cues, entities and dates highlighted; paste a second one to compare them, in
 * the side-by-side view of the HTML report (comparisonHtml, shown in a sandboxed frame). Runs the
 * browser build of the package (index.html maps 'newsclaims' to dist/browser/newsclaims.js). Text
 * goes in through textContent only, never innerHTML, since it is whatever the user pasted; the
 * report escapes it itself.
 */
import { compare, comparisonHtml, extract, type Claim, type ExtractResult } from 'newsclaims';
import { marksOf, segments } from './highlight.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el(tag: string, text?: string, className?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function highlighted(text: string, r: ExtractResult): HTMLElement {
  const box = el('div', undefined, 'article');
  for (const s of segments(text.length, marksOf(r))) {
    const piece = text.slice(s.start, s.end);
    if (!s.layers.length) {
      box.append(piece);
      continue;
    }
    const mark = el('mark', piece, s.layers.join(' '));
    mark.title = s.notes.join('\n');
    box.append(mark);
  }
  return box;
}

/** Who a claim is from, as the list shows it. */
function source(c: Claim): string {
  if (c.source === 'narrative') return 'the outlet';
  return c.speaker?.name ?? 'unattributed';
}

function summary(r: ExtractResult): HTMLElement {
  const claims = el('ul', undefined, 'claims');
  for (const c of r.claims) {
    const li = el('li', undefined, `claim src-${c.source}`);
    li.append(el('span', c.source, 'badge'), el('strong', source(c)), c.cue ? ` ${c.cue.text}: ` : ': ', el('q', c.content.text));
    claims.append(li);
  }
  const quotes = el('ul', undefined, 'quotes');
  for (const q of r.quotes) {
    const li = el('li');
    li.append(el('strong', q.speaker?.name ?? 'unattributed'), q.cue ? ` ${q.cue.text}: ` : ': ', el('q', q.fragments.map((f) => f.content.text).join(' … ')));
    quotes.append(li);
  }
  const by = (s: Claim['source']) => r.claims.filter((c) => c.source === s).length;
  const counts = el('p', `${plural(r.claims.length, 'claim')} (${by('quote')} quoted, ${by('reported')} reported, ${by('narrative')} in the outlet's own voice), ${plural(r.quotes.length, 'quote')}, ${plural(r.entities.length, 'entity', 'entities')}, ${plural(r.dates.length, 'date')}`, 'counts');
  const box = el('div');
  box.append(counts, el('h3', 'Claims'), claims, el('h3', 'Quotes'), quotes);
  return box;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function json(id: string, value: unknown): HTMLElement {
  const details = el('details');
  const pre = el('pre', JSON.stringify(value, null, 2));
  pre.id = id;
  details.append(el('summary', 'JSON'), pre);
  return details;
}

/** The comparison as the HTML report shows it, in a frame of its own (the report is a whole page). */
function comparison(texts: [string, string], a: ExtractResult, b: ExtractResult): HTMLElement {
  const c = compare(a, b);
  const box = el('section');
  box.id = 'comparison';
  const frame = document.createElement('iframe');
  frame.id = 'comparison-view';
  frame.title = 'comparison of A and B';
  // Scripts only (the report's click-to-find-partner); no same-origin access, no forms, no popups.
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.srcdoc = comparisonHtml({ a, b, comparison: c, texts, names: ['Article A', 'Article B'] });
  box.append(el('h2', `Comparison: ${plural(c.pairs.length, 'claim')} both report, ${c.onlyA.length} only in A, ${c.onlyB.length} only in B`), frame, json('json-comparison', c));
  return box;
}

/** The button says what it will do: extract one article, or compare two. */
function label(): void {
  const both = ['a', 'b'].every((side) => $<HTMLTextAreaElement>(`article-${side}`).value.trim() !== '');
  $<HTMLButtonElement>('run').textContent = both ? 'Compare' : 'Extract';
}

function run(): void {
  const out = $<HTMLElement>('output');
  out.replaceChildren();
  const date = $<HTMLInputElement>('date').value || undefined;
  const results: Array<{ text: string; r: ExtractResult }> = [];
  for (const side of ['a', 'b'] as const) {
    const text = $<HTMLTextAreaElement>(`article-${side}`).value;
    if (!text.trim()) continue;
    const section = el('section');
    section.id = `result-${side}`;
    try {
      const r = extract(text, { referenceDate: date });
      results.push({ text, r });
      section.append(el('h2', `Article ${side.toUpperCase()}`), summary(r), highlighted(text, r), json(`json-${side}`, r));
    } catch (e) {
      section.append(el('p', `Article ${side.toUpperCase()}: ${(e as Error).message}`, 'error'));
    }
    out.append(section);
  }
  const [a, b] = results;
  if (a && b) out.append(comparison([a.text, b.text], a.r, b.r));
}

$<HTMLButtonElement>('run').addEventListener('click', run);
for (const side of ['a', 'b']) $<HTMLTextAreaElement>(`article-${side}`).addEventListener('input', label);
label();
