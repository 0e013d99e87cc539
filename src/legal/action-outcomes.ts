/**
 * The outcome or term of a legal action, read from the words after its verb: the prison term of a
 * sentence, the money of a fine or settlement, the plea, what a ruling found, what a dismissal or
 * reversal acted on, the crime of a charge or conviction. Each reader looks at a bounded stretch
 * after the verb, within its sentence, and returns offsets into the document.
 */
import type { OutcomeReader } from './action-verbs.js';
import { ACTED_ON } from './action-verbs.js';

export interface Stretch {
  start: number;
  end: number;
}

const TERM = /^[^.;]{0,40}?\bto\s+((?:up to\s+|more than\s+|nearly\s+|almost\s+)?(?:[\w-]+\s+){0,3}?(?:years?|months?|weeks?|days?)(?:\s+(?:in\s+(?:federal\s+|state\s+)?prison|of\s+probation|behind\s+bars|in\s+jail|of\s+house\s+arrest|of\s+home\s+confinement|of\s+community\s+service))?|life(?:\s+in\s+prison)?(?:\s+without\s+(?:the\s+possibility\s+of\s+)?parole)?|death|probation|time\s+served)/i;
const MONEY = /^[^;]{0,60}?((?:(?:US|U\.S\.)?\$|\u00a3|\u20ac)\s?\d[\d,.]*(?:\s+(?:million|billion|thousand))?)/i;
const RULING = /^\s+((?:that|in favor of|against)\s+[^.;]{1,120}?)(?=[.;]|,\s+(?:and|but|which|saying|writing|according)\b|$)/i;
const CRIME_WORD = String.raw`(?:fraud|conspiracy|murder|manslaughter|assault|theft|bribery|corruption|trafficking|laundering|perjury|obstruction|embezzlement|extortion|racketeering|charges?|counts?|crimes?|offenses?|violations?|possession|robbery|burglary|kidnapping|battery|homicide|harassment|stalking|contempt|espionage|insider trading|tax evasion|misconduct|negligence)`;
/** "with wire fraud", "of fraud and conspiracy", "on securities fraud charges". */
const CRIME = new RegExp(String.raw`^[^.;]{0,40}?\b(?:with|of|for|on)\s+((?:[\w'-]+\s+){0,5}?${CRIME_WORD}(?:\s+(?:and|or)\s+(?:[\w'-]+\s+){0,2}?${CRIME_WORD})?(?:\s+(?:charges?|counts?))?)\b`, 'i');

/** The outcome `reader` finds in `text` from `at` (the verb's end) to `limit` (its sentence's end). */
export function readOutcome(reader: OutcomeReader, text: string, at: number, limit: number): Stretch | null {
  const rest = text.slice(at, Math.min(limit, at + 200));
  const pattern = { term: TERM, money: MONEY, ruling: RULING, object: ACTED_ON, crime: CRIME }[reader as 'term'];
  if (!pattern) return null;
  const m = pattern.exec(rest);
  if (!m) return null;
  const start = at + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}
