/**
 * Plain-text layout for a terminal: word wrapping and two columns side by side. Widths count UTF-16
 * code units, which is right for the Latin text of most news and wrong for wide CJK characters.
 */

/** The text in lines of at most `width` characters, breaking at spaces; a longer word is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** At most `max` lines, the last ending in an ellipsis when some were dropped. */
export function clipLines(lines: string[], max: number, width: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  kept[max - 1] = (last.length >= width ? last.slice(0, width - 1) : last) + '…';
  return kept;
}

/** Two columns of lines side by side, each padded to `width`, joined by a bar. */
export function sideBySide(left: string[], right: string[], width: number): string[] {
  const rows = Math.max(left.length, right.length);
  const out: string[] = [];
  for (let i = 0; i < rows; i++) out.push(`${(left[i] ?? '').padEnd(width)} │ ${right[i] ?? ''}`.trimEnd());
  return out;
}

/** The width of each of two columns that fit in `total` with the bar between them. */
export function columnWidth(total: number): number {
  return Math.max(20, Math.floor((total - 3) / 2));
}
