/** Content words of a span, reduced to a crude stem so "sue", "suing" and "sued" meet. */

const STOP = new Set(('a an the and or but if of to in on at by for with from as that this these those it its is are was were be been being ' +
  'has have had do does did not no so than then there their they them he she his her we our you your i me my which who whom what when where ' +
  'will would can could may might must shall should also just even such into about over after before up out more most very only own same other ' +
  'any all each both few some said says say').split(' '));

export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []) {
    const w = raw.replace(/'s$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

export function stem(w: string): string {
  return w
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/(.)\1$/, '$1')
    .replace(/e$/, '');
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
