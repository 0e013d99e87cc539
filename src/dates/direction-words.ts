/**
 * Words that say whether a date lies ahead of the article or behind it: lists only, read by
 * tense.ts. A phrase is matched as whole words, case aside, any one white-space character standing
 * for each space. General English and court and calendar vocabulary only.
 */

/** Future verbs, modals and scheduling phrases that put a later date of their clause ahead. */
export const FUTURE_CUES: readonly string[] = [
  // Modals and the plain future.
  'will', "won't", 'shall', "'ll", 'would', 'must', 'is to', 'are to', 'going to', 'to be held',
  // Expectation and intention.
  'expect to', 'expects to', 'expected to', 'is expected', 'are expected', 'supposed to', 'aim to', 'aims to', 'hope to', 'hopes to',
  'plan to', 'plans to', 'planned for', 'intend to', 'intends to',
  // Calendars: what is set, slated, due, moved or kept open until a later day.
  'scheduled', 'scheduled to', 'scheduled for', 'rescheduled for', 'rescheduled to', 'set to', 'set for',
  'slated to', 'slated for', 'is due', 'are due', 'due back', 'due by', 'due on', 'due in court',
  'postponed until', 'postponed to', 'postponed till', 'adjourned until', 'adjourned to', 'adjourned till',
  'delayed until', 'delayed to', 'deferred until', 'deferred to', 'put off until', 'pushed back to',
  'extended until', 'extended to', 'extended through', 'has until', 'have until', 'given until',
  'as early as', 'as soon as', 'no later than', 'payable', 'upcoming', 'coming', 'next',
  // Laws and rules in force from a day: "before it takes effect on Jan. 1".
  'takes effect', 'take effect', 'goes into effect', 'go into effect', 'comes into force', 'come into force',
];

/** Modals that look back when "have" follows: "would have closed on Friday", "must have left". */
export const PERFECT_MODALS: readonly string[] = ['would', 'must'];

/**
 * Verbs after "due to" that make it a schedule ("due to appear", "due to be sentenced"); any other
 * word makes it a cause ("due to snow", "due to heavy rain"), which says nothing of time.
 */
export const DUE_TO_VERBS: readonly string[] = [
  'appear', 'be', 'begin', 'start', 'return', 'testify', 'take effect', 'expire', 'resume', 'face', 'meet',
  'vote', 'rule', 'open', 'close', 'end', 'report', 'arrive', 'hear', 'hold', 'decide', 'file', 'finish',
  'launch', 'deliver', 'go', 'leave', 'sign', 'announce', 'publish', 'release', 'visit', 'stand trial',
];

/**
 * Events a court or calendar sets: a date these govern ("a hearing on June 12", "the sentencing
 * set for Friday") is the coming one unless the clause after it is in the past.
 */
export const SCHEDULED_EVENTS: readonly string[] = [
  'hearing', 'hearings', 'trial', 'retrial', 'sentencing', 'arraignment', 'deposition', 'court date',
  'court appearance', 'status conference', 'oral argument', 'oral arguments', 'deadline', 'deadlines',
];

/** How an event noun reaches its date: "a hearing on", "the trial, set for", "a deadline of". */
export const EVENT_LINKS: readonly string[] = ['on', 'for', 'of', 'to', 'until', 'is', 'set for', 'scheduled for', 'is on', 'is set for', 'is scheduled for'];

/**
 * The present progressive of an arrangement: "the board is meeting on Tuesday", "they are flying
 * to Rome next week". Only these auxiliaries right before a verb in -ing right before the date.
 */
export const PROGRESSIVE_AUXILIARIES: readonly string[] = ['is', 'are', "'s", "'re", 'am'];

/**
 * Words that close the future reading of a cue: a reporting or past verb between it and the date
 * ("will, he said Monday") gives the date to the saying; "ago" and "last" point back.
 */
export const PAST_BETWEEN: readonly string[] = [
  'said', 'says', 'told', 'announced', 'reported', 'added', 'was', 'were', 'had', 'did', 'ago', 'last',
];

/**
 * Words that open a new clause, whose time is its own: in "would produce new aid for countries
 * where the Aug. 7 blasts killed 257", the modal does not reach the date.
 */
export const CLAUSE_OPENERS: readonly string[] = [
  'where', 'which', 'who', 'whom', 'whose', 'because', 'although', 'though', 'whereas', 'after', 'since',
];

/** Past auxiliaries that, in the clause after an event's date, put the event behind the article. */
export const PAST_AUXILIARIES: readonly string[] = ['was', 'were', 'had', 'did'];

/** Past participles that still look ahead ("the hearing on June 12 scheduled by the judge"). */
export const FORWARD_PARTICIPLES: readonly string[] = [
  'scheduled', 'rescheduled', 'expected', 'slated', 'planned', 'proposed', 'needed', 'required', 'intended',
];

/** Reporting verbs: they date the saying, not the event, so they are skipped when reading its tense. */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'told', 'added', 'noted', 'reported', 'announced', 'stated', 'explained', 'wrote', 'according',
];

/** Prepositions that may stand between an event noun and its link: "a hearing in the case on". */
export const EVENT_QUALIFIERS: readonly string[] = ['in', 'of', 'into', 'over', 'against', 'before'];

/** Words ending in -ed that are no past verbs: "a hearing on June 12 in the United States court". */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'indeed', 'speed', 'feed', 'seed', 'breed', 'proceed', 'exceed', 'succeed', 'bed', 'red', 'shed', 'hundred',
  'united', 'based', 'related', 'alleged', 'accused', 'so-called', 'detailed', 'limited', 'advanced', 'fixed',
];
