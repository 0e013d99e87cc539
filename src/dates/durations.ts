/**
 * Durations, which chrono does not parse (it reads "three months" as a date three months back):
 * "three months" -> P3M, "the past two years" -> P2Y, "several months" -> PXM, "a 10-hour tour" ->
 * PT10H, "2 1/2 years" -> P2Y6M, "for years" -> PXY. Not durations: "two days ago" (a date, left to
 * chrono) and ages ("22-year-old", "an 8-month-old truce").
 */
import { type Candidate, type DateParser, RANK } from './candidate.js';
import { QUANTITY, quantityValue } from './numbers.js';

type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

const UNIT_OF: Record<string, Unit> = {
  second: 'S', minute: 'MIN', hour: 'H', day: 'D', night: 'D', week: 'W', fortnight: 'W', month: 'M', quarter: 'Q',
  year: 'Y', decade: 'DE', century: 'CE', centurie: 'CE',
};

const MODIFIER = '(?:about|almost|nearly|more than|over|at least|up to|less than|no more than|just over|just under|roughly|around|only|a mere|some|another|an additional)';
const FRAME = '(?:past|last|next|previous|coming|first|following|final|ensuing|remaining|latest|last few|past few)';
const UNIT = '(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie)';

const PHRASE = new RegExp(
  `\\b(?:(?:the|a|an)\\s+)?(?:${FRAME}\\s+)?(?:${MODIFIER}\\s+)?(${QUANTITY})(?:\\s+more)?(\\s+|-)(${UNIT})(s?)\\b(?!-old|\\s+old\\b|\\s+(?:ago|earlier|later)\\b|\\s+(?:from\\s+)?now\\b)`,
  'gi',
);
/** "the past year", "the next decade": one unit back or ahead, a span (bare "last week" is a date). */
const ONE_UNIT = new RegExp(`\\b(?:the\\s+(?:past|last|next|coming|following)|past)\\s+(${UNIT})\\b(?!s)`, 'gi');
/** A unit with no number after "for", "within", "in" or "over": "for years" is PXY. */
const BARE_PLURAL = new RegExp(`\\b(?:for|within|in|over|after)\\s+(${UNIT})s\\b(?!-old|\\s+(?:ago|old|of\\s+age)\\b)`, 'gi');

export const durations: DateParser = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(PHRASE)) {
    const [whole, quantity, joint, unitWord, plural] = m as unknown as [string, string, string, string, string];
    // "a second attempt", "the one day she ...": a lone "a" or "one" before a singular unit in a
    // hyphenless phrase is only a duration when the unit is a real span of time.
    if (/^an?$/i.test(quantity) && unitWord.toLowerCase() === 'second') continue;
    // "5-year" must be singular ("a 5-year plan"); "5-years" is a typo we do not guess at.
    if (joint === '-' && plural) continue;
    if (/^an?$/i.test(quantity) && isRate(ctx.text.slice(0, m.index))) continue;
    const n = quantityValue(quantity);
    const unit = UNIT_OF[unitWord.toLowerCase()]!;
    // TIMEX3 spans keep the article, frame and modifier ("the past two years", "about a decade"),
    // but in "a 10-hour meeting" the article belongs to the meeting.
    const article = joint === '-' ? (/^(?:the|a|an)\s+/i.exec(whole)?.[0].length ?? 0) : 0;
    out.push(duration(m.index + article, m.index + whole.length, durationValue(n, unit)));
  }
  for (const m of ctx.text.matchAll(ONE_UNIT)) {
    out.push(duration(m.index, m.index + m[0].length, durationValue(1, UNIT_OF[m[1]!.toLowerCase()]!)));
  }
  for (const m of ctx.text.matchAll(BARE_PLURAL)) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    out.push(duration(start, m.index + m[0].length, durationValue(null, UNIT_OF[m[1]!.toLowerCase()]!)));
  }
  return out;
};

/**
 * "$500 million a year", "24 hours a day", "four flights a week": "a" + unit after an amount is a
 * rate, not a span of time.
 */
function isRate(before: string): boolean {
  // [^\w\s]* rather than \W*: \W overlapped the \s+ after it, which backtracked quadratically.
  return /(?:\d|\b(?:million|billion|thousand|hundred|dozen|percent))[^\w\s]*(?:\s+[a-z]+s)?\s+$/i.test(before);
}

function duration(start: number, end: number, value: string): Candidate {
  return { start, end, type: 'DURATION', value, written: [], implied: [], rank: RANK.unit };
}

/** TIMEX3 duration: P3M, PT10H, PXY; fractions move down a unit (2 1/2 years -> P2Y6M). */
export function durationValue(n: number | null, unit: Unit): string {
  const timeUnit = unit === 'S' || unit === 'MIN' || unit === 'H';
  const letter = unit === 'MIN' ? 'M' : unit;
  const p = timeUnit ? 'PT' : 'P';
  if (n === null) return unit === 'DE' || unit === 'CE' ? `PX${unit}` : `${p}X${letter}`;
  if (unit === 'DE') return `P${n * 10}Y`;
  if (unit === 'CE') return `P${n * 100}Y`;
  if (Number.isInteger(n)) return `${p}${n}${letter}`;
  const whole = Math.floor(n);
  const down: Partial<Record<Unit, [number, string, boolean]>> = { Y: [12, 'M', false], D: [24, 'H', true], H: [60, 'M', true], W: [7, 'D', false] };
  const step = down[unit];
  const part = step ? Math.round((n - whole) * step[0]) : 0;
  if (!step || part === 0) return `${p}${n}${letter}`;
  const lower = `${part}${step[1]}`;
  if (whole === 0) return step[2] ? `PT${lower}` : `P${lower}`;
  return step[2] && !timeUnit ? `P${whole}${letter}T${lower}` : `${p}${whole}${letter}${lower}`;
}
