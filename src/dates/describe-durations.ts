/**
 * Durations in words for describeDate: "P2Y6M" is "2 years and 6 months", "PXY" "some years", and
 * as a SET "P1W" is "every week", "P2Y" "every 2 years".
 */

const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], Q: ['quarter', 'quarters'],
  DE: ['decade', 'decades'], CE: ['century', 'centuries'], L: ['millennium', 'millennia'], H: ['hour', 'hours'],
  TM: ['minute', 'minutes'], S: ['second', 'seconds'],
};

/** "P2Y6M" -> [["2", "Y"], ["6", "M"]]; minutes after T are "TM". */
export function durationParts(value: string): Array<[string, string]> | null {
  if (!/^P/.test(value)) return null;
  const parts: Array<[string, string]> = [];
  let time = false;
  // (?<![\d.]): a number is read from its first digit only, not again from each later one.
  for (const m of value.slice(1).matchAll(/(T)|(?<![\d.])(\d+(?:\.\d+)?|X)(DE|CE|[YMWDQLHS])/g)) {
    if (m[1]) time = true;
    else parts.push([m[2]!, time && m[3] === 'M' ? 'TM' : m[3]!]);
  }
  return parts.length ? parts : null;
}

export function durationWords(value: string, set: boolean): string | null {
  const parts = durationParts(value);
  if (!parts) return null;
  const words = parts.map(([n, unit]) => {
    const [one, many] = UNITS[unit]!;
    if (n === 'X') return set ? `few ${many}` : `some ${many}`;
    return set && n === '1' && parts.length === 1 ? one : `${n} ${n === '1' ? one : many}`;
  });
  return `${set ? 'every ' : ''}${words.join(' and ')}`;
}
