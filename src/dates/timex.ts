/**
 * Turns a chrono-node result into a TIMEX3-style value. Parts chrono only implied come from the
 * reference date when there is one; without one they stay unknown ("XXXX-03-13") rather than
 * taking the year of the machine's clock.
 */
import type { ParsedResult } from 'chrono-node';
import type { DatePart, TimexType } from '../types.js';

const PARTS: Array<[DatePart, 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute']> = [
  ['year', 'year'], ['month', 'month'], ['day', 'day'], ['weekday', 'weekday'], ['hour', 'hour'], ['minute', 'minute'],
];

export function timexValue(r: ParsedResult, reference: Date | null): { value: string | null; written: DatePart[]; implied: DatePart[]; type: TimexType } {
  const c = r.start;
  const written = PARTS.filter(([, k]) => c.isCertain(k)).map(([p]) => p);
  const has = (p: DatePart) => written.includes(p);
  const type: TimexType = has('hour') ? 'TIME' : 'DATE';
  const implied: DatePart[] = [];

  let year = c.get('year');
  let month = c.get('month');
  let day = c.get('day');

  // A weekday alone: news is written after the fact, so the latest such day on or before the reference.
  if (has('weekday') && !has('day') && reference) {
    const d = pastWeekday(reference, c.get('weekday') ?? 0);
    year = d.getUTCFullYear();
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
    implied.push('year', 'month', 'day');
  } else if (!has('year') && (has('month') || has('day'))) {
    if (reference) implied.push('year');
    else year = null;
  }
  if (has('weekday') && !has('day') && !reference) return { value: null, written, implied, type };

  const y = year == null ? 'XXXX' : String(year).padStart(4, '0');
  const mm = pad(month);
  const dd = pad(day);
  let value: string;
  if (has('day') || implied.includes('day')) value = `${y}-${mm}-${dd}`;
  else if (has('month')) value = `${y}-${mm}`;
  else if (has('year')) value = y;
  else if (reference && (r.text.match(/\b(today|yesterday|tomorrow|tonight)\b/i))) {
    value = `${y}-${mm}-${dd}`;
    implied.push('year', 'month', 'day');
  } else if (has('hour')) value = 'T' + pad(c.get('hour')) + ':' + pad(c.get('minute') ?? 0);
  else value = reference ? `${y}-${mm}-${dd}` : (null as unknown as string);
  if (type === 'TIME' && has('hour') && value && !value.startsWith('T')) value += `T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
  return { value: value ?? null, written, implied: [...new Set(implied)], type };
}

function pad(n: number | null | undefined): string {
  return n == null ? 'XX' : String(n).padStart(2, '0');
}

function pastWeekday(reference: Date, weekday: number): Date {
  const d = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()));
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d;
}
