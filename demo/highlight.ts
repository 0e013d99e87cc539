/**
 * What the demo highlights, as flat segments: items overlap (a speaker's name is also an entity
 * mention, a date sits inside a quote), so the text is cut at every item boundary and each piece
 * carries every layer that covers it. Pure: no DOM, so it reads and tests like the library.
 */
import { describeDate, type ExtractResult } from 'newsclaims';

export type Layer = 'quote' | 'speaker' | 'cue' | 'entity' | 'date';

export interface Mark {
  start: number;
  end: number;
  layer: Layer;
  /** Shown as the tooltip. */
  note: string;
}

export interface Segment {
  start: number;
  end: number;
  layers: Layer[];
  notes: string[];
}

export function marksOf(r: ExtractResult): Mark[] {
  const marks: Mark[] = [];
  for (const q of r.quotes) {
    const who = q.speaker?.name ?? 'unattributed';
    // The quoted words, not the marks, so adjacent fragments read as one quotation.
    for (const f of q.fragments) marks.push({ ...f.content, layer: 'quote', note: `quote (${q.form}) by ${who}` });
    if (q.speaker?.mention) marks.push({ ...q.speaker.mention, layer: 'speaker', note: `speaker: ${who} (${q.speaker.evidence})` });
    if (q.cue) marks.push({ ...q.cue, layer: 'cue', note: `cue of a quote by ${who}` });
  }
  for (const e of r.entities) {
    for (const m of e.mentions) marks.push({ ...m, layer: 'entity', note: `${e.type}: ${e.name} (${m.form})` });
  }
  for (const d of r.dates) {
    const words = describeDate(d.value, { reference: r.referenceDate.value, type: d.type });
    marks.push({ ...d, layer: 'date', note: `${words} (${d.type} ${d.value ?? '?'}${d.implied.length ? `, implied ${d.implied.join(', ')}` : ''})` });
  }
  return marks;
}

/** Cuts [0, length) at every mark boundary; segments no mark covers have no layers. */
export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const cuts = [...new Set([0, length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    // A speaker mention is also an entity mention: one layer for each, a de-duplicated tooltip.
    out.push({ start, end, layers: [...new Set(covering.map((m) => m.layer))], notes: [...new Set(covering.map((m) => m.note))] });
  }
  return out;
}
