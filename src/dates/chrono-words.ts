/**
 * The words chrono-node's English parsers start from (its locales/en constants and casual
 * parsers): month and weekday names and their abbreviations, the casual days and times of day, and
 * the time units. A sentence with none of them and no digit holds nothing chrono can read as a
 * date, so chrono-dates.ts does not hand it over; chrono reads a unit out of a longer word ("the
 * money out" as "the mon ... out"), so whole words only are asked for, which also drops that trap.
 */
const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday sun mon tue tues wed thu thur thurs fri sat';
const CASUAL = 'now today tonight tomorrow overmorrow tmr tmrw yesterday night morning afternoon evening midnight midday noon weekend weekends';
const UNITS = 'sec second seconds min mins minute minutes hr hrs hour hours day days week weeks mo mos month months qtr quarter quarters yr year years';
/** Units of one letter, as chrono reads them after a number or "this"/"next": "a w later", "next y". */
const LETTER_UNITS = 'smhdwy';

const WORDS = [MONTHS, WEEKDAYS, CASUAL, UNITS].join(' ').split(' ');

/** A digit, one of chrono's words, or a one-letter unit standing alone after a space. */
const MAY_HOLD = new RegExp(`\\d|\\b(?:${WORDS.join('|')})\\b|(?:^|\\s)[${LETTER_UNITS}](?![\\p{L}\\p{N}])`, 'iu');

/** Whether chrono-node could find a date in `text`. */
export function chronoMayRead(text: string): boolean {
  return MAY_HOLD.test(text);
}
