/**
 * The word lists of the name step's rules (name-rules.ts). General news vocabulary only: no names
 * of particular people, companies or places, so nothing here is fitted to an evaluation set.
 */

/**
 * Last words of an institution's name, which a name joined by "and", "of", "for" or "&" still
 * belongs to: "Citizenship and Immigration Services", "Department of Homeland Security".
 */
export const INSTITUTION_HEAD = new Set([
  'department', 'ministry', 'office', 'bureau', 'agency', 'institute', 'university', 'commission', 'committee',
  'council', 'union', 'association', 'federation', 'services', 'service', 'board', 'center', 'centre', 'school',
  'college', 'society', 'foundation', 'administration', 'academy', 'authority', 'organization', 'organisation',
  'security', 'enforcement', 'affairs', 'protection', 'development', 'research', 'justice', 'defense', 'defence',
]);

/** Lower-case heads after a name that make the two one organisation: "the U.S. government", "the Trump administration". */
export const GOVERNMENT_BODY = new Set(['government', 'administration']);

/**
 * Religions and political groups: adjectives and group nouns that CoNLL's guidelines make MISC,
 * never a person, organisation or place on their own ("Hindu leaders", "Republicans said").
 */
export const GROUP_WORDS = new Set([
  'hindu', 'hindus', 'jewish', 'jew', 'jews', 'moslem', 'moslems', 'muslim', 'muslims', 'christian', 'christians',
  'catholic', 'catholics', 'protestant', 'protestants', 'islamic', 'sunni', 'sunnis', 'shiite', 'shiites', "shi'ite",
  'buddhist', 'buddhists', 'sikh', 'sikhs', 'republican', 'republicans', 'democrat', 'democrats', 'democratic',
]);

/** Abbreviations whose period is part of a name: "Twitter Inc.", "Martin Luther King Jr.". */
export const NAME_ABBREVIATION = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'llc', 'llp', 'plc', 'st', 'mt']);

/**
 * Last words that make a name of two or more words an organisation whatever the tagger guessed:
 * corporate forms and the heads of institutions ("Crestline Financial", "Stiles & Brandt LLP").
 */
export const ORGANIZATION_HEAD = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'llp', 'plc', 'ag', 'sa', 'nv', 'gmbh',
  'group', 'holdings', 'partners', 'bancorp', 'financial', 'industries', 'enterprises', 'airlines', 'airways',
  'systems', 'technologies', 'communications', 'securities', 'investments', 'pharmaceuticals', 'laboratories',
  'foundation', 'association', 'institute', 'university', 'ministry', 'department', 'agency', 'commission',
  'committee', 'council', 'federation', 'administration', 'hospital',
]);

/** compromise's lexicon tags of common nouns: "CEO" (Actor), "TV" (Singular). */
export const COMMON_NOUN_TAGS = new Set(['Actor', 'Singular', 'Plural', 'Uncountable', 'Noun']);

/** Last words of a court's name, as written: "Cook County Circuit Court", "Employment Tribunal". */
export const COURT_HEAD = new Set(['Court', 'Tribunal']);

/** Corporate forms that end a company's name: "Northwind Holdings and Kestrel Bank" names two companies. */
export const CORPORATE_FORM = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'llp', 'plc', 'holdings', 'group', 'ag', 'sa', 'nv', 'gmbh']);

/**
 * Courtesy titles that stand before a person's name ("Ms. Rice", "Mr. Ward"), without the period.
 * Not "Miss", which also opens the names of pageants ("Miss World", "Miss Teen USA").
 */
export const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'messrs', 'mme', 'mlle']);
