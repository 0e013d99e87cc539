/**
 * Framing: evaluative words an outlet uses in its own voice, outside quotations. Manner adverbs
 * ("belligerently") and adjectives from a small lexicon of loaded words ("draconian").
 */
import type { ExtractResult, FramingWord } from '../types.js';

const LOADED = new Set(('draconian comical incompetent incompetence outrageous shameful disgraceful absurd ridiculous ' +
  'heroic brave courageous cowardly reckless notorious infamous sinister shocking scandalous disastrous ' +
  'brutal harsh radical extremist militant controversial embattled beleaguered defiant faithful hapless ' +
  'stunning alarming appalling egregious blatant unprecedented dubious bogus sham chilling ominous ' +
  'sweeping aggressive belligerent hostile vindictive petty baseless bizarre unhinged typical').split(' '));
/** -ly words that are not evaluative: time, frequency, degree. */
const NEUTRAL_LY = new Set(('only early really likely daily weekly monthly yearly family july italy reportedly recently ' +
  'previously currently finally nearly largely mostly directly entirely regularly immediately simply fully ' +
  'initially originally publicly formally officially particularly especially apparently allegedly').split(' '));

export function framingWords(result: ExtractResult): FramingWord[] {
  const quoted = result.quotes.flatMap((q) => q.fragments.map((f) => [f.start, f.end] as const))
    .concat(result.quotedTerms.map((t) => [t.start, t.end] as const));
  const out: FramingWord[] = [];
  for (const s of result.sentences) {
    for (const m of s.text.matchAll(/\p{L}+/gu)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (quoted.some(([a, b]) => start >= a && end <= b)) continue;
      const w = m[0].toLowerCase();
      const reason = LOADED.has(w) ? 'loaded-word' : /^[a-z]{5,}ly$/.test(w) && !NEUTRAL_LY.has(w) && isMannerAdverb(s.text, m.index + m[0].length) ? 'evaluative-adverb' : null;
      if (reason) out.push({ start, end, text: m[0], reason });
    }
  }
  return out;
}

/** A manner adverb sits before a verb: "belligerently demanded", "sharply criticized". */
function isMannerAdverb(sentence: string, after: number): boolean {
  return /^\s+[a-z]+(ed|s|ing)\b/.test(sentence.slice(after, after + 30));
}
