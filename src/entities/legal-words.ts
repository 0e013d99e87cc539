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
