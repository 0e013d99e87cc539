/**
 * Quantities as news writes them before a time unit: digits ("14"), words ("three", "twenty-five"),
 * fractions ("2 1/2", "a half") and vague words ("several", "a few"), which TIMEX3 writes as X.
 */

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, half: 0.5,
};

const VAGUE = ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'a number of', 'the'];

/**
 * A regex source matching one quantity; used inside the duration and "ago" patterns. A number in
 * words has at most six ("one hundred twenty-five thousand"): an unbounded chain was matched again
 * from each of its words, quadratic on a long run of number words.
 */
export const QUANTITY = `(?:\\d+(?:\\.\\d+)?(?:\\s+\\d/\\d)?|(?:(?:${Object.keys(UNITS).join('|')})(?:[- ](?:${Object.keys(UNITS).filter((k) => k.length > 2).join('|')})){0,5}(?:\\s+and\\s+a\\s+half)?)|${VAGUE.filter((v) => v !== 'the').join('|')})`;

/** The number a quantity stands for, or null when it is vague ("several"). */
export function quantityValue(text: string): number | null {
  const t = text.toLowerCase().trim();
  const frac = /^(\d+)\s+(\d)\/(\d)$/.exec(t);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (VAGUE.includes(t)) return null;
  let total = 0;
  let current = 0;
  // (?<!\s): a match starts at the first space of a run, not at each one (quadratic on long runs).
  for (const word of t.replace(/(?<!\s)\s+and\s+a\s+half$/, '').split(/[- ]+/)) {
    const n = UNITS[word];
    if (n === undefined) return null;
    if (n === 100 || n === 1000) current = (current || 1) * n;
    else current += n;
    if (n === 1000) {
      total += current;
      current = 0;
    }
  }
  return total + current + (/and a half$/.test(t) ? 0.5 : 0);
}
