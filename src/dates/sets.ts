/**
 * Recurring times (TIMEX3 type SET): "every week" -> P1W, "every two years" -> P2Y, "each Thursday"
 * -> XXXX-WXX-4, "every morning" -> XXXX-XX-XXTMO, "each July" -> XXXX-07, "twice a year" -> P1Y.
 * chrono reads "every Thursday" as one Thursday. "annually", "daily" and the like are left out: in
 * news they are as often adjectives of amounts ("grew 4% annually", "the daily newspaper") as times.
 */
import { type Candidate, type DateParser, RANK } from './candidate.js';
import { pad2 } from './calendar.js';
import { durationValue } from './durations.js';
import { QUANTITY, quantityValue } from './numbers.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './vocabulary.js';

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const UNIT: Record<string, 'D' | 'W' | 'M' | 'Y' | 'H' | 'Q' | 'DE'> = { day: 'D', week: 'W', month: 'M', year: 'Y', hour: 'H', quarter: 'Q', decade: 'DE' };

const EVERY = new RegExp(
  `\\b(?:every|each)\\s+(?:other\\s+)?(?:(${QUANTITY})\\s+(?=\\w+s\\b))?(${[...WEEKDAY_NAMES, ...MONTH_NAMES, ...Object.keys(PART_OF_DAY), ...Object.keys(UNIT)].join('|')})s?\\b`,
  'gi',
);
const TIMES_PER = /\b(?:once|twice|three times|four times|(?:\d+|several|many) times)\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour|quarter)\b/gi;
const ON_WEEKDAYS = new RegExp(`\\b(?:on|most)\\s+(${WEEKDAY_NAMES.join('|')})s\\b`, 'gi');

export const sets: DateParser = (ctx) => {
  const out: Candidate[] = [];
  const push = (start: number, end: number, value: string) => out.push({ start, end, type: 'SET', value, written: [], implied: [], rank: RANK.unit });
  for (const m of ctx.text.matchAll(EVERY)) {
    const word = m[2]!.toLowerCase();
    const other = /\bother\b/i.test(m[0]);
    const n = m[1] ? quantityValue(m[1]) : other ? 2 : 1;
    if (WEEKDAY_NAMES.includes(word)) push(m.index, m.index + m[0].length, `XXXX-WXX-${WEEKDAY_NAMES.indexOf(word) + 1}`);
    else if (MONTH_NAMES.includes(word)) push(m.index, m.index + m[0].length, `XXXX-${pad2(MONTH_NAMES.indexOf(word) + 1)}`);
    else if (PART_OF_DAY[word]) push(m.index, m.index + m[0].length, `XXXX-XX-XXT${PART_OF_DAY[word]}`);
    else push(m.index, m.index + m[0].length, durationValue(n, UNIT[word]!));
  }
  for (const m of ctx.text.matchAll(TIMES_PER)) push(m.index, m.index + m[0].length, durationValue(1, UNIT[m[1]!.toLowerCase()]!));
  for (const m of ctx.text.matchAll(ON_WEEKDAYS)) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    push(start, m.index + m[0].length, `XXXX-WXX-${WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()) + 1}`);
  }
  return out;
};
