/** Word lists shared by the entity steps. General English news vocabulary only, never names. */

/** Titles that precede a name but are not part of it. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'judge', 'justice', 'president', 'senator', 'sen',
  'rep', 'representative', 'governor', 'gov', 'mayor', 'minister', 'secretary', 'general', 'attorney',
  'chief', 'commissioner', 'director', 'chairman', 'chairwoman', 'ceo', 'spokesman', 'spokeswoman',
  'sir', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'rev', 'father', 'sister',
  'officer', 'sergeant', 'sgt', 'captain', 'capt', 'lt', 'col', 'gen', 'adm', 'vice', 'deputy', 'former',
  'prime', 'premier', 'chancellor', 'ambassador', 'congressman', 'congresswoman', 'lawyer', 'detective',
  'inspector', 'coach', 'manager', 'founder', 'leader', 'candidate', 'nominee', 'magistrate',
]);

/** Head nouns of government bodies: "U.S. government", "Trump administration". */
export const GOVERNMENT_BODY = /^(government|administration)$/;

/** Corporate suffixes dropped from entity keys: "Twitter Inc." is "Twitter". */
// The separator starts only where white space or a comma starts ((?<![\s,])): /\s*,?\s*\b.../ was
// tried from every position of a long run of spaces, cubic in its length.
export const CORPORATE_SUFFIX = /(?:(?<![\s,])(?:\s*,\s*|\s+)|^)(inc|corp|corporation|co|company|ltd|llc|plc|ag|sa|gmbh|group|holdings)\.?$/i;

/** Words skipped when reading an acronym off a long name: "American Civil Liberties Union" is ACLU. */
export const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&', 'to', 'de']);
