/**
 * The comparison as one self-contained HTML page: both articles side by side with claims, quotes,
 * speakers and framing marked, aligned claims in matching colours and numbers, and the sets of
 * sources, entities and dates. Pure: text in, string out. No request leaves the page: style and
 * script are inline and a Content-Security-Policy forbids loading anything.
 */
import { NewsclaimsError } from '../errors.js';
import type { Claim, Comparison, ExtractResult, SetComparison } from '../types.js';
import { articleHtml, hue } from './html-article.js';
import { dateKeyWords } from './date-words.js';
import { CSS, JS } from './html-assets.js';
import { esc } from './html-escape.js';
import { count } from './plural.js';

/** What {@link comparisonHtml} shows: the two extractions, their comparison, and the texts they were made from. */
export interface ComparisonHtmlInput {
  a: ExtractResult;
  b: ExtractResult;
  comparison: Comparison;
  /** The two article texts the extractions were made from: the page shows them. */
  texts: [string, string];
  names?: [string, string];
}

/**
 * The comparison as one self-contained HTML page: both articles side by side, claims both report in
 * matching colours (click one to find its partner), speakers, quotes and framing words marked, then
 * the sources, entities and dates of each. Nothing is loaded from the network. Throws a
 * NewsclaimsError (INVALID_INPUT) when a text is not the one its extraction was made from.
 */
export function comparisonHtml({ a, b, comparison: c, texts, names = ['A', 'B'] }: ComparisonHtmlInput): string {
  texts.forEach((t, i) => {
    const r = i === 0 ? a : b;
    if (t.length !== r.length) throw new NewsclaimsError('INVALID_INPUT', `text ${i === 0 ? 'A' : 'B'} has ${t.length} characters but its extraction was made from ${r.length}`);
  });
  const ca = new Map(a.claims.map((x) => [x.id, x]));
  const cb = new Map(b.claims.map((x) => [x.id, x]));
  const rows = c.pairs.map((p, i) => `<tr class="pair-row" data-pair="${i}" style="--h:${hue(i)}"><td><span class="swatch"></span>${i + 1}</td><td>${p.score.toFixed(2)}</td>` +
    `<td>${claimCell(ca.get(p.a)!)}</td><td>${claimCell(cb.get(p.b)!)}</td><td>${esc(evidence(p.evidence))}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`newsclaims: ${names[0]} vs ${names[1]}`)}</title>
<style>${CSS}</style></head>
<body>
<header><h1>${esc(names[0])} <small>vs</small> ${esc(names[1])}</h1>
<p>${count(c.pairs.length, 'claim')} both report · ${c.onlyA.length} only in A · ${c.onlyB.length} only in B · click a coloured claim to see its partner</p></header>
<main>
<p class="legend"><span class="claim paired" style="--h:200">claim both report</span> <span class="claim only">claim one outlet only</span> <span class="quote">"quoted words"</span> <span class="speaker">speaker</span> <span class="framing">loaded word</span></p>
<div class="articles">
<article id="article-a"><h2>A: ${esc(names[0])}</h2>${articleHtml(texts[0], a, c, 'a')}</article>
<article id="article-b"><h2>B: ${esc(names[1])}</h2>${articleHtml(texts[1], b, c, 'b')}</article>
</div>
<section id="pairs"><h2>Claims both report</h2>
<table><thead><tr><th>#</th><th>score</th><th>A</th><th>B</th><th>evidence</th></tr></thead><tbody>
${rows}
</tbody></table></section>
<section id="sets"><h2>Sources, entities, dates</h2><div class="sets">
${setHtml('Sources quoted or cited', c.sources)}${setHtml('Entities named', c.entities)}${dateSetHtml(c.dates, a, b)}
</div></section>
<section id="framing"><h2>Framing: loaded words in each outlet's own voice</h2>
<p><b>A:</b> ${c.framing.a.map((f) => `<span class="framing" title="${esc(f.reason)}">${esc(f.text)}</span>`).join(', ') || '-'}</p>
<p><b>B:</b> ${c.framing.b.map((f) => `<span class="framing" title="${esc(f.reason)}">${esc(f.text)}</span>`).join(', ') || '-'}</p></section>
</main>
<script>${JS}</script>
</body></html>
`;
}

function claimCell(claim: Claim): string {
  const who = claim.speaker?.name ? `<span class="who">${esc(claim.speaker.name)}</span>` : `<span class="who">${claim.source === 'narrative' ? 'the outlet' : 'unattributed'}</span>`;
  const text = claim.content.text.replace(/\s+/g, ' ');
  return `${who}${esc(text.length > 160 ? `${text.slice(0, 159)}…` : text)}`;
}

function evidence(e: Comparison['pairs'][number]['evidence']): string {
  return [e.sameSpeaker ? 'same speaker' : '', e.sharedEntities.length ? `entities: ${e.sharedEntities.join(', ')}` : '', `words: ${e.sharedWords.join(', ')}`].filter(Boolean).join('; ');
}

function setHtml(title: string, s: SetComparison): string {
  const list = (xs: string[]) => esc(xs.join('; ') || '-');
  return `<div><h3>${esc(title)}</h3><div>both: ${list(s.shared)}</div><div>only A: ${list(s.onlyA)}</div><div>only B: ${list(s.onlyB)}</div></div>`;
}

/** Dates in words, each with its TIMEX3 value as a tooltip. */
function dateSetHtml(s: SetComparison, a: ExtractResult, b: ExtractResult): string {
  const list = (xs: string[], r: ExtractResult) => xs.map((x) => `<span title="${esc(x)}">${esc(dateKeyWords(x, r))}</span>`).join('; ') || '-';
  return `<div><h3>Dates given</h3><div>both: ${list(s.shared, a)}</div><div>only A: ${list(s.onlyA, a)}</div><div>only B: ${list(s.onlyB, b)}</div></div>`;
}
