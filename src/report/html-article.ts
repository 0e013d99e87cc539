/**
 * One article as HTML, its text untouched and marked up: claims (coloured by the statement they
 * report with other outlets, or marked as reported by this outlet only), quoted words, speakers, cues and framing words. A
 * label with the speaker's name and the pair's number goes before each claim; labels are decoration
 * outside the text (CSS keeps them out of a copy).
 */
import type { Comparison, ExtractResult, FramingWord } from '../types.js';
import { esc } from './html-escape.js';
import { segments, type Annotation } from './segments.js';

type Mark = { cls: string; pair?: number };

/** The article of outlet `outlet` (its index in the comparison), marked up; claims carry their cluster's number. */
export function articleHtml(text: string, r: ExtractResult, c: Comparison, outlet: number): string {
  const pairOf = new Map<string, number>();
  c.clusters.forEach((k, i) => k.members.forEach((m) => {
    if (m.outlet === outlet) pairOf.set(m.claim, i);
  }));
  const marks: Annotation<Mark>[] = [];
  const labels = new Map<number, string[]>();
  const label = (at: number, html: string) => labels.set(at, [...(labels.get(at) ?? []), html]);
  for (const claim of r.claims) {
    const pair = pairOf.get(claim.id);
    const cls = `claim src-${claim.source} ${pair === undefined ? 'only' : 'paired'}`;
    marks.push({ start: claim.content.start, end: claim.content.end, data: pair === undefined ? { cls } : { cls, pair } });
    if (claim.speaker?.mention) marks.push({ start: claim.speaker.mention.start, end: claim.speaker.mention.end, data: { cls: 'speaker' } });
    if (claim.cue) marks.push({ start: claim.cue.start, end: claim.cue.end, data: { cls: 'cue' } });
    const badge = pair === undefined ? '' : `<span class="pair-no" data-pair="${pair}">${pair + 1}</span>`;
    const who = claim.speaker?.name ? `<span class="who">${esc(claim.speaker.name)}</span>` : '';
    if (badge || who) label(claim.content.start, `<span class="label" aria-hidden="true">${badge}${who}</span>`);
  }
  for (const q of r.quotes) for (const f of q.fragments) marks.push({ start: f.content.start, end: f.content.end, data: { cls: 'quote' } });
  const framing: FramingWord[] = c.outlets[outlet]?.framing ?? [];
  for (const f of framing) marks.push({ start: f.start, end: f.end, data: { cls: `framing framing-${f.reason}` } });

  let html = '';
  for (const run of segments(text.length, marks)) {
    for (const l of labels.get(run.start) ?? []) html += l;
    labels.delete(run.start);
    const body = esc(text.slice(run.start, run.end));
    if (!run.over.length) {
      html += body;
      continue;
    }
    const pair = run.over.find((m) => m.pair !== undefined)?.pair;
    const attrs = pair === undefined ? '' : ` data-pair="${pair}" style="--h:${hue(pair)}"`;
    html += `<span class="${run.over.map((m) => m.cls).join(' ')}"${attrs}>${body}</span>`;
  }
  return html;
}

/** Statement colours spread round the wheel so neighbours differ, stepping over the reds kept for framing words. */
export function hue(pair: number): number {
  const h = (210 + pair * 137.508) % 360;
  return Math.round(h > 330 || h < 20 ? (h + 60) % 360 : h);
}
