/**
 * The demo page: paste an article to see its quotes, speakers, cues, entities and dates
 * highlighted; paste a second one to see the comparison. Runs the browser build of the package
 * (index.html maps 'newsclaims' to dist/browser/newsclaims.js). Text goes in through textContent
 * only, never innerHTML, since it is whatever the user pasted.
 */
import { compare, extract, type Comparison, type ExtractResult, type SetComparison } from 'newsclaims';
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

function summary(r: ExtractResult): HTMLElement {
  const list = el('ul', undefined, 'quotes');
  for (const q of r.quotes) {
    const li = el('li');
    li.append(el('strong', q.speaker?.name ?? 'unattributed'), q.cue ? ` ${q.cue.text}: ` : ': ', el('q', q.fragments.map((f) => f.content.text).join(' … ')));
    list.append(li);
  }
  const counts = el('p', `${r.quotes.length} quotes, ${r.claims.length} claims, ${r.entities.length} entities, ${r.dates.length} dates`, 'counts');
  const box = el('div');
  box.append(counts, list);
  return box;
}

function json(id: string, value: unknown): HTMLElement {
  const details = el('details');
  const pre = el('pre', JSON.stringify(value, null, 2));
  pre.id = id;
  details.append(el('summary', 'JSON'), pre);
  return details;
}

function setRow(label: string, s: SetComparison): HTMLElement {
  const tr = el('tr');
  tr.append(el('th', label), ...[s.shared, s.onlyA, s.onlyB].map((xs) => el('td', xs.join(', ') || '-')));
  return tr;
}

function pairs(a: ExtractResult, b: ExtractResult, c: Comparison): HTMLElement {
  const content = (r: ExtractResult, id: string) => r.claims.find((x) => x.id === id)?.content.text ?? id;
  const list = el('ol', undefined, 'pairs');
  for (const p of c.pairs) {
    const li = el('li', `score ${p.score.toFixed(2)}`);
    // Plain text: a claim's content may hold its own quotation marks.
    li.append(el('br'), `A: ${content(a, p.a)}`, el('br'), `B: ${content(b, p.b)}`);
    list.append(li);
  }
  return list;
}

function comparison(a: ExtractResult, b: ExtractResult, c: Comparison): HTMLElement {
  const box = el('section');
  box.id = 'comparison';
  const table = el('table');
  const head = el('tr');
  head.append(el('th'), el('th', 'both'), el('th', 'only A'), el('th', 'only B'));
  table.append(head, setRow('sources', c.sources), setRow('entities', c.entities), setRow('dates', c.dates));
  const title = `Comparison: ${c.pairs.length} claims reported by both, ${c.onlyA.length} only in A, ${c.onlyB.length} only in B`;
  box.append(el('h2', title), table, el('h3', 'Claims both report'), pairs(a, b, c), json('json-comparison', c));
  return box;
}

function run(): void {
  const out = $<HTMLElement>('output');
  out.replaceChildren();
  const date = $<HTMLInputElement>('date').value || undefined;
  const results: ExtractResult[] = [];
  for (const side of ['a', 'b'] as const) {
    const text = $<HTMLTextAreaElement>(`article-${side}`).value;
    if (!text.trim()) continue;
    const section = el('section');
    section.id = `result-${side}`;
    try {
      const r = extract(text, { referenceDate: date });
      results.push(r);
      section.append(el('h2', `Article ${side.toUpperCase()}`), summary(r), highlighted(text, r), json(`json-${side}`, r));
    } catch (e) {
      section.append(el('p', `Article ${side.toUpperCase()}: ${(e as Error).message}`, 'error'));
    }
    out.append(section);
  }
  const [a, b] = results;
  if (a && b) out.append(comparison(a, b, compare(a, b)));
}

$<HTMLButtonElement>('run').addEventListener('click', run);
