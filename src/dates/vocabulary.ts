/**
 * The words a date can be made of, as gates before the parsers: a sentence that holds none of them
 * (and no digit) is not handed to them. Two gates:
 * - chronoMayRead: the words chrono-node's English parsers start from (its locales/en constants
 *   and casual parsers): month and weekday names and abbreviations, casual days and times of day,
 *   time units. chrono reads a unit out of a longer word ("the money out" as "the mon ... out"), so
 *   whole words only are asked for, which also drops that trap.
 * - mayHoldDate: those, and what every other parser of find.ts needs at least one of: plurals of
 *   names and units (sets, durations: "on Fridays", "decades", "centuries"), seasons (relative.ts),
 *   "half", "period", Q1-Q4 and H1-H2 (quarters.ts, periods.ts), and the words of present.ts.
 */
/** Month names in calendar order (index + 1 is the month). */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Weekday names in ISO order (index + 1 is the ISO weekday). */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const MONTHS = `${MONTH_NAMES.join(' ')} jan feb mar apr jun jul aug sep sept oct nov dec`;
const WEEKDAYS = `${WEEKDAY_NAMES.join(' ')} sun mon tue tues wed thu thur thurs fri sat`;
const CASUAL = 'now today tonight tomorrow overmorrow tmr tmrw yesterday night morning afternoon evening midnight midday noon weekend weekends';
const CHRONO_UNITS = 'sec second seconds min mins minute minutes hr hrs hour hours day days week weeks mo mos month months qtr quarter quarters yr year years';
/** Units of one letter, as chrono reads them after a number or "this"/"next": "a w later", "next y". */
const LETTER_UNITS = 'smhdwy';

/**
 * Words the other parsers take with a plural ("on Fridays", "every two decades", "centuries"),
 * matched at a word's start: full month and weekday names, parts of the day, units.
 */
const STEMS = `${MONTH_NAMES.join(' ')} ${WEEKDAY_NAMES.join(' ')} morning afternoon evening night ` +
  'second minute hour day week fortnight month quarter year decade centur';
const OTHER = 'spring summer fall autumn winter half period currently nowadays present recently past future';

const words = (...lists: string[]) => lists.join(' ').split(' ').join('|');

const CHRONO = new RegExp(`\\d|\\b(?:${words(MONTHS, WEEKDAYS, CASUAL, CHRONO_UNITS)})\\b|(?:^|\\s)[${LETTER_UNITS}](?![\\p{L}\\p{N}])`, 'iu');
const ANY_DATE = new RegExp(`\\d|\\b(?:${words(MONTHS, WEEKDAYS, CASUAL, CHRONO_UNITS, OTHER)})\\b|\\b(?:${words(STEMS)})|\\b[QH][1-4]\\b|(?:^|\\s)[${LETTER_UNITS}](?![\\p{L}\\p{N}])`, 'iu');

/** Whether chrono-node could find a date in `text`. */
export function chronoMayRead(text: string): boolean {
  return CHRONO.test(text);
}

/** Whether any date parser could find a date in `text`. */
export function mayHoldDate(text: string): boolean {
  return ANY_DATE.test(text);
}
