/**
 * The article's title as evidence of its topic: the entities whose names it holds. A Wikipedia page
 * title names the page's subject and a headline names the story's main actors; a pronoun that could
 * stand for several people stands more often for the one the title names (Webster et al. 2018 use
 * the page title as one of GAP's cues). The title is given apart from the text (ExtractOptions.title).
 */
import type { Entity } from '../types.js';

/** Capitalised words and numbers: what a name is made of ("Warren", "MacKenzie", "O'Brien", "II"). */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;
/** Capitalised words that open a title or a name without naming anyone. */
const NOT_NAMES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'list', 'of']);

/** Marks a name word may hold inside but that end none ("Jr." is "jr", "Smiths'" is "smiths"). */
const TRAILING: ReadonlySet<string> = new Set(['.', "'", '’', '-']);

/** The word without its trailing marks: a loop, as a regex anchored at the end backtracks over a long run of them. */
function withoutTrailing(w: string): string {
  let end = w.length;
  while (end > 0 && TRAILING.has(w[end - 1]!)) end--;
  return w.slice(0, end);
}

function nameWords(text: string): string[] {
  return (text.match(NAME_WORD) ?? []).map((w) => withoutTrailing(w).toLowerCase()).filter((w) => w.length > 1 && !NOT_NAMES.has(w));
}

/** The words of a title that may be part of a name, in lower case; empty without a title. */
export function titleWords(title: string | null): ReadonlySet<string> {
  return new Set(title ? nameWords(title) : []);
}

/** How much of the entity's name the title holds: 0 none, 1 a word of it, 2 every word of it. */
export function namedInTitle(entity: Entity | null, words: ReadonlySet<string>): 0 | 1 | 2 {
  if (!entity || !words.size) return 0;
  const name = nameWords(entity.name);
  const held = name.filter((w) => words.has(w)).length;
  return held === 0 ? 0 : held === name.length ? 2 : 1;
}
