/**
 * Past or future, read from the words next to a date expression (the words themselves are in
 * direction-words.ts). News reports what happened, so the past is the default; it turns round when
 * - a future cue stands in the same clause before the expression ("will meet on Thursday", "is
 *   expected to close Monday", "is due back in court on June 12", "postponed until Saturday"), with
 *   no reporting or past verb and no new clause between them ("will, he said Monday" keeps Monday
 *   in the past: it dates the saying);
 * - "will" or "shall" follows it ("Thursday's vote will");
 * - a present progressive of an arrangement leads to it ("the board is meeting on Tuesday");
 * - a court or calendar event governs it ("a hearing on June 12", "the trial, set for Monday"),
 *   unless the clause after the date is in the past ("at a hearing on June 12 was told ...").
 * "Would have" and "must have" look back. "Until" and "due" alone are no cues: "did not act until 14 March" and "due to snow" are past.
 */
import {
  CLAUSE_OPENERS, DUE_TO_VERBS, EVENT_LINKS, EVENT_QUALIFIERS, FORWARD_PARTICIPLES, FUTURE_CUES, NOT_PAST_ED,
  PAST_AUXILIARIES, PAST_BETWEEN, PERFECT_MODALS, PROGRESSIVE_AUXILIARIES, REPORTING_VERBS, SCHEDULED_EVENTS,
} from './direction-words.js';

/**
 * A word list as a regex alternation: longest first, each space matching one white-space character
 * (a line break too). One, not a run: a run inside a long alternation backtracked on runs of spaces.
 */
function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'))
    .join('|');
}

const FUTURE_BEFORE = new RegExp(`\\b(?:${alternation(FUTURE_CUES)}|due\\sto\\s(?:${alternation(DUE_TO_VERBS)}))\\b`, 'gi');
/** "is meeting on", "are flying to Rome on": at most two words between the verb and the date. */
const PROGRESSIVE_BEFORE = new RegExp(`\\b(?:${alternation(PROGRESSIVE_AUXILIARIES)})\\s+[a-z]{2,}ing(?:\\s+[\\w'-]+){0,2}?\\s+(?:on\\s+|this\\s+|next\\s+)?$`, 'i');
const PERFECT_MODAL = new RegExp(`^(?:${alternation(PERFECT_MODALS)})$`, 'i');
const FUTURE_AFTER = /^\W{0,3}(?:'s\s+\w+\s+)?(?:will|shall)\b/i;
const BETWEEN = new RegExp(`\\b(?:${alternation(PAST_BETWEEN)}|${alternation(CLAUSE_OPENERS)})\\b|[.;:!?]`, 'i');
/** An event noun, an optional "in the case"-like phrase, its link, the date: "a hearing in the case on ". */
const EVENT_BEFORE = new RegExp(
  `\\b(?:${alternation(SCHEDULED_EVENTS)})(?:\\s+(?:${alternation(EVENT_QUALIFIERS)})(?:\\s+[\\w'-]+){1,3})?(?:\\s*,)?\\s+(?:${alternation(EVENT_LINKS)})\\s+(?:the\\s+)?$`,
  'i',
);
/** Words and clause stops after an event's date, read one at a time by pastAfter. */
const WORD_OR_STOP = /[\w'-]+|[.;!?]/g;
/** A future cue starting exactly at an index (sticky). */
const FUTURE_AT = new RegExp(`(?:${alternation(FUTURE_CUES)})\\b`, 'iy');
const REPORTING = new Set(REPORTING_VERBS);
const FORWARD = new Set(FORWARD_PARTICIPLES);
const PAST_AUX = new Set(PAST_AUXILIARIES);
const NOT_PAST = new Set(NOT_PAST_ED);

/** How far back a cue may stand, in characters: about a clause. */
const WINDOW = 80;

export function isFuture(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  let lastCue = -1;
  for (const m of before.matchAll(FUTURE_BEFORE)) {
    const end = m.index + m[0].length;
    // "would have closed", "must have left": the perfect after these modals looks back.
    lastCue = PERFECT_MODAL.test(m[0]) && /^\s+have\b/i.test(before.slice(end)) ? -1 : end;
  }
  if (lastCue >= 0 && !BETWEEN.test(before.slice(lastCue))) return true;
  if (FUTURE_AFTER.test(sentence.slice(end, end + 30)) || PROGRESSIVE_BEFORE.test(before)) return true;
  return EVENT_BEFORE.test(before) && !pastAfter(sentence.slice(end, end + WINDOW));
}

/**
 * True when the first tense marker after the date is a past one ("June 12 ended in a mistrial"):
 * a past auxiliary or a verb in -ed, skipping reporting verbs and participles that look ahead; a
 * future cue or the end of the clause says no.
 */
function pastAfter(after: string): boolean {
  for (const m of after.matchAll(WORD_OR_STOP)) {
    const word = m[0].toLowerCase();
    if (/^[.;!?]$/.test(word)) return false;
    FUTURE_AT.lastIndex = m.index;
    if (FUTURE_AT.test(after)) return false;
    if (REPORTING.has(word) || FORWARD.has(word)) continue;
    if (PAST_AUX.has(word)) return true;
    // Lower case only: an -ed word in capitals is a name ("United"); some are adjectives ("alleged").
    if (/^[a-z]{2,}ed$/.test(m[0]) && !NOT_PAST.has(word)) return true;
  }
  return false;
}
