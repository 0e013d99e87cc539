/**
 * Comparison scoring against BASIL: one story told by several outlets, with annotated quotes
 * (speaker labels) and lexical-bias spans. Two measures, as the eval README describes them:
 *
 * - Quote pairs. A gold pair is two quotes of one story, in two outlets, with the same speaker label
 *   and token Jaccard >= 0.5. It is found when the comparison links a claim holding one to a claim
 *   holding the other. A claim holds a gold quote when their spans overlap by at least half of the
 *   shorter (BASIL marks anything from one quoted word to a quote with its attribution). Over the
 *   links between claims that both hold annotated quotes, the share that keep the speaker: some quote
 *   of one and some quote of the other have the same label.
 * - Named speakers. Each annotated quote whose label names a person (its first part is a first name
 *   in compromise's lexicon: Susan_Rice, not Tea_Party or other_anti) and that a quote of the
 *   extraction holds: right when the extraction's speaker names that person (the label's last part
 *   is a word of the speaker's name). Not a comparison figure: the speakers compare() starts from.
 * - Framing. The framing words of each outlet against its lexical-bias spans outside quotes, matched
 *   one to one by character overlap (at least 0.3 of the longer, the lenient rule). BASIL gives spans
 *   as text: a gold span may match at any occurrence of its text, one occurrence per gold span.
 *
 * Pure: records, extractions and the comparison's links in, counts out. The text stays in shared/eval.
 */
import type { ExtractResult, Span } from '../../src/types.js';
import type { ItemError } from './errors.js';
import type { BasilDoc, BasilQuote } from './gold.js';
import { type Accuracy, type Counts, type Range, emptyAccuracy, emptyCounts, greedyMatch, overlap, overlapRatio } from './spans.js';
import { words } from './words.js';
import { lexiconTags } from '../../src/document/compromise-adapter.js';

/** Quotes whose words overlap this much (Jaccard) are the same statement (the README's rule). */
export const SAME_QUOTE_JACCARD = 0.5;
/** A claim holds a gold quote when they share this share of the shorter span. */
export const HOLDS = 0.5;
/** Framing words and gold spans match at this overlap of the longer (the lenient rule). */
export const FRAMING_OVERLAP = 0.3;

/** One outlet's article of a story: its gold record, its extraction, and the framing words found in it. */
export interface StoryOutlet {
  record: BasilDoc;
  result: ExtractResult;
  framing: readonly Span[];
}

/** Two claims, in two outlets (indexes into the story's outlets), that the comparison says report one statement. */
export interface ClaimLink {
  a: { outlet: number; claim: string };
  b: { outlet: number; claim: string };
}

export interface ComparisonScore {
  /** Gold quote pairs (same speaker label, Jaccard >= 0.5) found linked. */
  quotePairs: Accuracy;
  /** Links between claims that both hold annotated quotes, and those whose quotes share a speaker label. */
  speakerKept: Accuracy;
  /** Annotated quotes whose label names a person, held by a quote of the extraction: speaker right. */
  namedSpeakers: Accuracy;
  /** Framing words against lexical-bias spans outside quotes. */
  framing: Counts;
  /** Gold spans whose text was not found in their article (not scored). */
  unlocated: number;
  /** Misses and false links, per outlet, for error analysis. */
  errors: Array<ItemError & { outlet: number }>;
}

/** Every place a text occurs in another. */
export function occurrences(text: string, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length });
  return out;
}

/** Token Jaccard of two texts: shared word types over all word types. */
export function jaccard(x: string, y: string): number {
  const a = new Set(words(x));
  const b = new Set(words(y));
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const all = a.size + b.size - shared;
  return all > 0 ? shared / all : 0;
}

const label = (q: BasilQuote) => q.speaker.toLowerCase();

interface LocatedQuote {
  quote: BasilQuote;
  span: Range;
  /** Ids of the claims that hold it. */
  claims: Set<string>;
}

/** Each annotated quote at its occurrence (the n-th annotation of a text at its n-th occurrence), with the claims that hold it. */
function locateQuotes(o: StoryOutlet): { located: LocatedQuote[]; unlocated: number } {
  const seen = new Map<string, number>();
  const located: LocatedQuote[] = [];
  let unlocated = 0;
  for (const quote of o.record.quotes) {
    const n = seen.get(quote.txt) ?? 0;
    seen.set(quote.txt, n + 1);
    const all = occurrences(o.record.text, quote.txt);
    const span = all[Math.min(n, all.length - 1)];
    if (!span) {
      unlocated++;
      continue;
    }
    const claims = new Set(o.result.claims.filter((c) => holds(c.content, span)).map((c) => c.id));
    located.push({ quote, span, claims });
  }
  return { located, unlocated };
}

function holds(claim: Range, gold: Range): boolean {
  const shorter = Math.min(claim.end - claim.start, gold.end - gold.start);
  return shorter > 0 && overlap(claim, gold) >= HOLDS * shorter;
}

export function scoreStory(outlets: readonly StoryOutlet[], links: readonly ClaimLink[]): ComparisonScore {
  const score: ComparisonScore = { quotePairs: emptyAccuracy(), speakerKept: emptyAccuracy(), namedSpeakers: emptyAccuracy(), framing: emptyCounts(), unlocated: 0, errors: [] };
  const quotes = outlets.map((o) => {
    const { located, unlocated } = locateQuotes(o);
    score.unlocated += unlocated;
    return located;
  });
  const linked = new Set(links.flatMap((l) => [`${l.a.outlet}:${l.a.claim}|${l.b.outlet}:${l.b.claim}`, `${l.b.outlet}:${l.b.claim}|${l.a.outlet}:${l.a.claim}`]));

  for (let x = 0; x < outlets.length; x++) for (let y = x + 1; y < outlets.length; y++) {
    for (const qa of quotes[x]!) for (const qb of quotes[y]!) {
      if (label(qa.quote) !== label(qb.quote) || jaccard(qa.quote.txt, qb.quote.txt) < SAME_QUOTE_JACCARD) continue;
      score.quotePairs.total++;
      const found = [...qa.claims].some((ca) => [...qb.claims].some((cb) => linked.has(`${x}:${ca}|${y}:${cb}`)));
      if (found) score.quotePairs.correct++;
      else score.errors.push({ outlet: x, ...qa.span, error: 'false-negative', label: `quote pair (${qa.quote.speaker})`, expected: qb.quote.txt, got: qa.claims.size && qb.claims.size ? 'claims not linked' : 'no claim holds one of the quotes' });
    }
  }

  for (const l of links) {
    const qa = quotes[l.a.outlet]!.filter((q) => q.claims.has(l.a.claim));
    const qb = quotes[l.b.outlet]!.filter((q) => q.claims.has(l.b.claim));
    if (!qa.length || !qb.length) continue;
    score.speakerKept.total++;
    if (qa.some((p) => qb.some((q) => label(p.quote) === label(q.quote)))) score.speakerKept.correct++;
    else score.errors.push({ outlet: l.a.outlet, ...qa[0]!.span, error: 'wrong-speaker', label: 'linked quotes of other speakers', expected: qa.map((q) => q.quote.speaker).join(', '), got: `${qb.map((q) => q.quote.speaker).join(', ')}: ${qb[0]!.quote.txt}` });
  }

  outlets.forEach((o, i) => {
    for (const q of quotes[i]!) {
      const person = personLabel(q.quote.speaker);
      const ours = person ? o.result.quotes.find((x) => holds(x, q.span)) : undefined;
      if (!person || !ours) continue;
      score.namedSpeakers.total++;
      const name = speakerName(o.result, ours.speaker);
      if (namesPerson(name, person)) score.namedSpeakers.correct++;
      else score.errors.push({ outlet: i, ...q.span, error: 'wrong-speaker', label: 'quote speaker (named person)', expected: q.quote.speaker, got: name || null });
    }
  });

  outlets.forEach((o, i) => {
    const gold = o.record.bias.filter((b) => b.kind === 'lex' && !b.quote).map((b) => ({ txt: b.txt, at: occurrences(o.record.text, b.txt) }));
    const located = gold.filter((g) => g.at.length > 0);
    score.unlocated += gold.length - located.length;
    const pairs = greedyMatch(o.framing, located, (p, g) => Math.max(...g.at.map((r) => overlapRatio(p, r))), (s) => s >= FRAMING_OVERLAP);
    // One occurrence per gold span is enough: a second prediction on another occurrence is not a match.
    score.framing.matchedPred += pairs.length;
    score.framing.matchedGold += pairs.length;
    score.framing.pred += o.framing.length;
    score.framing.gold += located.length;
    const matchedP = new Set(pairs.map((p) => p.pred));
    const matchedG = new Set(pairs.map((p) => p.gold));
    o.framing.forEach((f, k) => { if (!matchedP.has(k)) score.errors.push({ outlet: i, start: f.start, end: f.end, error: 'false-positive', label: 'framing' }); });
    located.forEach((g, k) => { if (!matchedG.has(k)) score.errors.push({ outlet: i, ...g.at[0]!, error: 'false-negative', label: 'framing' }); });
  });
  return score;
}

/** The surname, lower case, of a label that names a person ("Susan_Rice" → "rice"), or null. */
export function personLabel(label: string): string | null {
  const parts = label.split('_');
  if (parts.length < 2 || !/^[A-Z]/.test(parts[0]!)) return null;
  const first = lexiconTags(parts[0]!.toLowerCase());
  return first.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName') ? parts.at(-1)!.toLowerCase() : null;
}

/**
 * Whether a name holds the label's surname as a word. Some labels lost the letters after an accent
 * ("Felipe_Calder" for Calderón): a word that starts with a surname of four letters or more counts.
 */
export function namesPerson(name: string, surname: string): boolean {
  return words(name).some((w) => w === surname || (surname.length >= 4 && w.startsWith(surname)));
}

/** The name the extraction gives a quote's speaker: its entity's name, else the phrase as written. */
function speakerName(result: ExtractResult, speaker: ExtractResult['quotes'][number]['speaker']): string {
  if (!speaker) return '';
  return (speaker.entity ? result.entities.find((e) => e.id === speaker.entity)?.name : null) ?? speaker.name ?? '';
}
