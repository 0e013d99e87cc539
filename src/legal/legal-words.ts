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
export const CASE_JOINERS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'del', 'la', 'ex', 'rel.', 'on', 'in', 'to', 'at']);

/** Capitalised words that open a sentence or clause before a case name and are no part of it: "In Roe v. Wade". */
export const CASE_OPENERS = new Set([...STATUTE_NON_NAME, 'See', 'Cf.', 'Citing', 'Unlike', 'Following', 'During', 'Per']);

/** Corporate suffixes a comma may stand before inside a party's name: "Boch Oldsmobile, Inc.". */
export const PARTY_SUFFIX = /^(?:Inc\.?|Co\.?|Corp\.?|Ltd\.?|LLC|L\.L\.C\.|LLP|L\.P\.|LP|P\.C\.|N\.A\.|P\.A\.|PLLC|et al\.?)$/;
