/**
 * Cuts a text into runs by the set of annotations over each run, so overlapping and nested spans
 * (a framing word inside a claim, a quote inside a claim) render as flat, valid markup. Each run
 * keeps exact offsets into the text.
 */

export interface Annotation<T> {
  start: number;
  end: number;
  data: T;
}

export interface Run<T> {
  start: number;
  end: number;
  /** Annotations covering the whole run, in the order given. */
  over: T[];
}

export function segments<T>(length: number, annotations: Annotation<T>[]): Run<T>[] {
  const cuts = new Set<number>([0, length]);
  for (const a of annotations) {
    if (a.end <= a.start) continue;
    cuts.add(Math.max(0, a.start));
    cuts.add(Math.min(length, a.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const sorted = annotations.map((a, i) => ({ ...a, i })).filter((a) => a.end > a.start).sort((x, y) => x.start - y.start);
  const runs: Run<T>[] = [];
  const open: Array<(typeof sorted)[number]> = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p]!;
    const end = points[p + 1]!;
    while (next < sorted.length && sorted[next]!.start <= start) open.push(sorted[next++]!);
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end <= start) open.splice(k, 1);
    const over = open.filter((a) => a.start <= start && a.end >= end).sort((x, y) => x.i - y.i).map((a) => a.data);
    runs.push({ start, end, over });
  }
  return runs;
}
