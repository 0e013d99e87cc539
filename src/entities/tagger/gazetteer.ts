/**
 * Gazetteer evidence from compromise's lexicon, looked up per word and for runs of two to four
 * words ("new york", "united states"). Only the lexicon is read: no compromise document is built.
 * The tags kept are the ones that say what kind of name a word can be, plus whether the lexicon
 * knows the word at all as something else (a common word in capitals is rarely a name).
 */
import { lexicon, lexiconTags } from '../../document/compromise-adapter.js';

/** Lexicon tags kept as features, in a fixed order. */
const NAME_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific', 'Actor',
  'Place', 'Country', 'City', 'Region', 'Demonym',
  'Organization', 'Company', 'SportsTeam', 'ProperNoun', 'Abbreviation',
  'Month', 'WeekDay', 'Date', 'Currency', 'Unit',
]);

const cache = new Map<string, string[]>();

/**
 * The name tags of one lower-case word, then 'known' when the lexicon has it with other tags only,
 * or 'unknown' when it does not have it. The result is shared: do not change it.
 */
export function wordTags(lower: string): string[] {
  let tags = cache.get(lower);
  if (tags) return tags;
  const all = lexiconTags(lower);
  tags = all.filter((t) => NAME_TAGS.has(t)).sort();
  if (tags.length === 0) tags = [all.length > 0 ? 'known' : 'unknown'];
  // The cache only grows with distinct words; bound it like wink-nlp's renewal bounds its lexicon.
  if (cache.size > 200_000) cache.clear();
  cache.set(lower, tags);
  return tags;
}

interface Phrases {
  /** The name tags of each lexicon entry of two to four words that has any. */
  tags: Map<string, string[]>;
  /** The first words of those entries: only a run opening with one can be an entry. */
  starts: Set<string>;
}

let phrases: Phrases | null = null;

function lexiconPhrases(): Phrases {
  if (phrases) return phrases;
  const tags = new Map<string, string[]>();
  for (const key of Object.keys(lexicon())) {
    if (!key.includes(' ')) continue;
    const kept = lexiconTags(key).filter((t) => NAME_TAGS.has(t));
    if (kept.length > 0) tags.set(key, kept);
  }
  phrases = { tags, starts: new Set([...tags.keys()].map((k) => k.slice(0, k.indexOf(' ')))) };
  return phrases;
}

/** What most tokens are part of: no entry. Shared: readonly, never changed (not frozen: V8 iterates frozen arrays on a slow path). */
const NO_PHRASE: readonly string[] = [];

/**
 * For each token, the multi-word lexicon entries it is part of, as "B-Tag" (first word) or
 * "I-Tag" (a later word). `lower` holds the sentence's lower-case tokens. Tokens in no entry share
 * one empty list.
 */
export function phraseTags(lower: readonly string[]): (readonly string[])[] {
  const { tags: known, starts } = lexiconPhrases();
  const out: (readonly string[])[] = new Array<readonly string[]>(lower.length).fill(NO_PHRASE);
  const add = (k: number, tag: string) => {
    if (out[k] === NO_PHRASE) out[k] = [];
    (out[k] as string[]).push(tag);
  };
  for (let i = 0; i < lower.length; i++) {
    if (!starts.has(lower[i]!)) continue;
    let key = lower[i]!;
    for (let n = 2; n <= 4 && i + n <= lower.length; n++) {
      key += ` ${lower[i + n - 1]!}`;
      for (const t of known.get(key) ?? []) {
        add(i, `B-${t}`);
        for (let k = i + 1; k < i + n; k++) add(k, `I-${t}`);
      }
    }
  }
  return out;
}
