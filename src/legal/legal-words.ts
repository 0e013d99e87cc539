/** Word lists of the legal steps: general legal English, no particular names. */

/**
 * Lower-case words a statute's name runs over: "Computer Fraud and Abuse Act", "Freedom of
 * Information Act", "Americans with Disabilities Act", "Right to Work Act".
 */
export const STATUTE_JOINERS = new Set(['and', 'of', 'on', 'for', 'the', '&', 'with', 'to', 'in']);

/** Capitalised words that open a sentence or a clause and are no part of a statute's name: "Under the Patriot Act". */
export const STATUTE_NON_NAME = new Set([
  'The', 'A', 'An', 'In', 'On', 'Under', 'By', 'And', 'Of', 'For', 'With', 'This', 'That', 'Its', 'Their', 'But',
  'Unlike', 'Like', 'If', 'When', 'After', 'Before', 'Since', 'While', 'Although', 'Because',
]);

/** Lower-case words a party's name in a case name runs over: "Board of Education", "Brown & Williamson". */
export const CASE_JOINERS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'del', 'la', 'ex', 'rel.']);

/** Capitalised words that open a sentence or clause before a case name and are no part of it: "In Roe v. Wade". */
export const CASE_OPENERS = new Set([...STATUTE_NON_NAME, 'See', 'Cf.', 'Citing', 'Unlike', 'Following', 'During', 'Per']);

/** Corporate suffixes a comma may stand before inside a party's name: "Boch Oldsmobile, Inc.". */
export const PARTY_SUFFIX = /^(?:Inc\.?|Co\.?|Corp\.?|Ltd\.?|LLC|L\.L\.C\.|LLP|L\.P\.|LP|P\.C\.|N\.A\.|P\.A\.|PLLC|et al\.?)$/;

/** Ordinal words, first to twentieth, as circuits and amendments are numbered. */
export const ORDINAL_WORDS = [
  'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh',
  'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth',
];

/**
 * A judge's title right before a name, ending at it: "U.S. District Judge ", "Chief Justice ",
 * "Ninth Circuit Judge ", "Cook County Circuit Court Judge ", "federal judge ". At most six words
 * before the head, each a court's word, a rank or a capitalised name word.
 */
export const JUDGE_TITLE = /(?:^|[^\w.])((?:(?:Chief|Senior|Presiding|Associate|Acting|Retired|Administrative|Supervising|Deputy|Vice|former|Former|U\.S\.|United States|federal|Federal|state|State|District|Bankruptcy|Magistrate|Circuit|Appeals|Appellate|Superior|Supreme|Court|County|Family|Immigration|Tax|Trial|Municipal|Chancery|High|Probate|Juvenile|\d{1,2}(?:st|nd|rd|th)|[A-Z][a-z]+) ){0,6}(?:Judge|judge|Justice|Magistrate|Chancellor))\s+$/;

/** A prosecutor's title right before a name: "U.S. Attorney ", "Assistant District Attorney ", "prosecutor ", "Special Counsel ", with at most four ranks before it. */
export const PROSECUTOR_TITLE = /(?:^|[^\w.])((?:(?:Assistant|Acting|Deputy|Interim|First|Special|Chief|Senior|former|Former|federal|Federal) ){0,4}(?:(?:U\.S\.|United States|District|State's|State|County|Commonwealth's|Manhattan|Brooklyn) Attorney|[Pp]rosecutor|Special Counsel))\s+$/;
