/**
 * The comparison as one self-contained HTML page: the articles side by side (one column each) with
 * claims, quotes, speakers and framing marked, statements several outlets report in matching
 * colours and numbers, then a story table (one row per statement, one column per outlet), misquote
 * drift, and the sources, entities and dates of each outlet. Pure: text in, string out. No request
 * leaves the page: style and script are inline and a Content-Security-Policy forbids loading anything.
 */
import { NewsclaimsError } from '../errors.js';
import type { Claim, Comparison, ExtractResult } from '../types.js';
import { articleHtml, hue } from './html-article.js';
import { CSS, JS } from './html-assets.js';
import { esc } from './html-escape.js';
import { count } from './plural.js';
import { clip, story, type CoverageRow, type Story } from './story.js';

/** What {@link comparisonHtml} shows: the extractions, their comparison, and the texts they were made from. */
export interface ComparisonHtmlInput {
  /** The extractions compared, in the order given to compare(); or `a` and `b` for two. */
  results?: ExtractResult[];
  a?: ExtractResult;
  b?: ExtractResult;
  comparison: Comparison;
  /** The article texts the extractions were made from, in the same order: the page shows them. */
  texts: string[];
  names?: string[];
}

/**
 * The comparison as one self-contained HTML page: the articles side by side, statements several
 * outlets report in matching colours (click one to find it in the others), speakers, quotes and
 * framing words marked, then the story table, drift, and the sources, entities and dates of each.
 * Nothing is loaded from the network. Throws a NewsclaimsError (INVALID_INPUT) when a text is not
 * the one its extraction was made from, or the extractions do not match the comparison.
 */
export function comparisonHtml(input: ComparisonHtmlInput): string {
  const { comparison: c, texts } = input;
  const results = input.results ?? [input.a, input.b].filter((r): r is ExtractResult => r !== undefined);
  if (results.length !== c.outlets.length || texts.length !== results.length) {
    throw new NewsclaimsError('INVALID_INPUT', `the comparison has ${c.outlets.length} outlets, but ${results.length} extractions and ${texts.length} texts were given`);
  }
  const s = story(results, c, input.names);
  results.forEach((r, i) => {
    if (texts[i]!.length !== r.length) throw new NewsclaimsError('INVALID_INPUT', `text ${s.labels[i]} has ${texts[i]!.length} characters but its extraction was made from ${r.length}`);
  });
  const n = results.length;
  const ownTotals = c.outlets.map((o) => `${o.only.length} only in ${o.label}`).join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`newsclaims: ${s.names.join(' vs ')}`)}</title>
<style>${CSS}</style></head>
<body>
<header><h1>${s.names.map((x) => esc(x)).join(' <small>vs</small> ')}</h1>
<p>${count(s.rows.length, 'statement')} reported by ${n === 2 ? 'both' : 'several outlets'} · ${ownTotals} · click a coloured claim to see it in the other ${n === 2 ? 'article' : 'articles'}</p></header>
<main>
<p class="legend"><span class="claim paired" style="--h:210">claim other outlets report too</span> <span class="claim only">claim one outlet only</span> <span class="quote">"quoted words"</span> <span class="speaker">speaker</span> <span class="framing">loaded word</span></p>
<div class="articles" style="--n:${n}">
${results.map((r, i) => `<article id="article-${s.labels[i]!.toLowerCase()}"><h2>${esc(s.labels[i]!)}: ${esc(s.names[i]!)}</h2>${articleHtml(texts[i]!, r, c, i)}</article>`).join('\n')}
</div>
<section id="pairs"><h2>Statements ${n === 2 ? 'both outlets' : 'several outlets'} report</h2>
${storyTable(s)}</section>
${driftHtml(s)}
<section id="sets"><h2>Sources, entities, dates</h2><div class="sets">
${coverageHtml('Sources quoted or cited', s.sources, s)}${coverageHtml('Entities named', s.entities, s)}${coverageHtml('Dates given', s.dates, s, true)}
</div></section>
<section id="framing"><h2>Framing: loaded words in each outlet's own voice</h2>
${s.framing.map((words, i) => `<p><b>${esc(s.labels[i]!)}:</b> ${words.map((f) => `<span class="framing" title="${esc(f.reason)}">${esc(f.text)}</span>`).join(', ') || '-'}</p>`).join('\n')}</section>
</main>
<script>${JS}</script>
</body></html>
`;
}

function storyTable(s: Story): string {
  if (!s.rows.length) return '<p>None.</p>';
  const rows = s.rows.map((r, i) => `<tr class="pair-row" data-pair="${i}" style="--h:${hue(i)}"><td><span class="swatch"></span>${r.n}</td>` +
    `<td>${esc(r.cluster.kind)}${r.speaker ? `<br><span class="who">${esc(r.speaker)}</span>` : ''}</td>` +
    r.cells.map((xs) => `<td>${xs.length ? xs.map(claimCell).join('<br>') : '<span class="omits">omits</span>'}</td>`).join('') +
    `<td class="why">${esc(r.evidence)}</td></tr>`).join('\n');
  return `<table><thead><tr><th>#</th><th>what</th>${s.labels.map((l) => `<th>${esc(l)}</th>`).join('')}<th>why</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

function claimCell(claim: Claim): string {
  const who = claim.speaker?.name ? `<span class="who">${esc(claim.speaker.name)}</span>` : `<span class="who">${claim.source === 'narrative' ? 'the outlet' : 'unattributed'}</span>`;
  const text = esc(clip(claim.content.text, 160));
  return `${who}${claim.source === 'quote' && !/^["“‘'«]/.test(claim.content.text) ? `“${text}”` : text}`;
}

function driftHtml(s: Story): string {
  const rows = s.rows.filter((r) => r.drift.length);
  if (!rows.length) return '';
  const items = rows.flatMap((r) => r.drift.map((d) => `<li><b>${r.n}.</b> ${esc(r.speaker ?? 'the speaker')}: ${d.runs.map(([x, y]) =>
    `${esc(s.labels[d.a]!)} <mark>${esc(x || '…')}</mark> / ${esc(s.labels[d.b]!)} <mark>${esc(y || '…')}</mark>`).join('; ')}</li>`));
  return `<section id="drift"><h2>Misquote drift: one speaker, one statement, other words</h2><ul>${items.join('')}</ul></section>`;
}

/** A table of names, one column per outlet, a tick where the outlet gives the name; dates keep their TIMEX3 value as a tooltip. */
function coverageHtml(title: string, rows: CoverageRow[], s: Story, tooltip = false): string {
  const body = rows.map((r) => `<tr><td>${tooltip ? `<span title="${esc(r.key)}">${esc(r.name)}</span>` : esc(r.name)}</td>${r.in.map((x) => `<td class="tick">${x ? '✓' : ''}</td>`).join('')}</tr>`).join('');
  return `<div><h3>${esc(title)}</h3><table class="coverage"><thead><tr><th></th>${s.labels.map((l) => `<th>${esc(l)}</th>`).join('')}</tr></thead><tbody>${body || `<tr><td colspan="${s.labels.length + 1}">-</td></tr>`}</tbody></table></div>`;
}
