/**
 * Entity keys: one normalised string per real-world thing, equal across documents, so that the
 * comparison can tell two outlets name the same organisation however each writes it.
 */
import type { EntityType } from '../types.js';
import { ACRONYM_SKIP, CORPORATE_SUFFIX } from './lexicon.js';
import { courtKey } from '../legal/courts.js';

export function entityKey(text: string, type: EntityType): string {
  if (type === 'handle' || type === 'hashtag') return text.toLowerCase();
  if (type === 'court') return courtKey(text);
  const bare = text.replace(/['\u2019]s?$/u, '').replace(/^the\s+/i, '');
  let key = text
    // "Donald Trump administration" is the "Trump administration": a leader's administration or
    // campaign (lower-case head; "Social Security Administration" is an agency) goes by the surname.
    .replace(/^(?:the\s+)?(?:\p{Lu}[\p{Ll}'\u2019-]+\s+)+(\p{Lu}[\p{Ll}'\u2019-]+\s+(?:administration|campaign))$/u, '$1')
    .replace(/['\u2019]s?$/u, '')
    .replace(/^the\s+/i, '')
    .replace(CORPORATE_SUFFIX, '')
    .replace(/\b([A-Z])\.(?=[A-Z]\.?)/g, '$1')
    .replace(/\b([A-Z]{1,3})\.(?=\s|$)/g, '$1')
    .replace(/\bUnited States\b/g, 'US')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // Keyed by initials only when every word is a plain capitalised word: "U.S. Department of Justice" is not "udj".
  if (type === 'organization' && /^(?:[A-Z][a-z]+|of|the|and|for|on|in|at|&)(?:\s+(?:[A-Z][a-z]+|of|the|and|for|on|in|at|&))+$/.test(bare)) {
    const initials = acronymOf(bare);
    if (initials) key = initials;
  }
  return key;
}

/** The acronym of a long name of three or more significant words, else null. */
export function acronymOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 3) return null;
  return words.map((w) => w[0]!.toLowerCase()).join('');
}

/** True when `text` is written as an acronym: ACLU, U.S.C.I.S. */
export function isAcronym(text: string): boolean {
  return /^(?:[A-Z]\.?){2,8}$/.test(text.replace(/['\u2019]s?$/u, ''));
}
