/**
 * Misquote drift: two outlets quote one speaker for one statement, in words that differ. Within the
 * stretch both quote, each run of words that one outlet has and the other has not (or has in other
 * words) is a difference, given as each outlet wrote it, with offsets into its own text.
 */
import type { Claim, ClusterMember, DriftDifference, ExtractResult, QuoteDrift, Span } from '../types.js';
import { quotedWords, type QuotedWord } from './quoted.js';
import { alignWords, commonStretch } from './verbatim.js';

/**
 * Two quotes are one statement in drifting words only when most of the shorter one is in the other,
 * in order: at least this share of its words, and at least MIN_SHARED words.
 */
const MIN_AGREEMENT = 0.5;
const MIN_SHARED = 3;

export interface DriftSide {
  member: ClusterMember;
  result: ExtractResult;
  claim: Claim;
  speaker: string | null;
}

/** The drift between two quote members with the same speaker, or null when their words agree (or are too far apart to be one statement). */
export function quoteDrift(x: DriftSide, y: DriftSide): QuoteDrift | null {
  if (x.speaker === null || x.speaker !== y.speaker) return null;
  const cx = x.claim;
  const cy = y.claim;
  if (cx.source !== 'quote' || cy.source !== 'quote') return null;
  const wa = quotedWords(x.result, cx);
  const wb = quotedWords(y.result, cy);
  const stretch = commonStretch(alignWords(wa.map((w) => w.word), wb.map((w) => w.word)));
  if (!stretch.length) return null;
  const agree = stretch.filter((s) => s.a !== null && s.b !== null).length;
  const agreement = agree / stretch.length;
  const differences: DriftDifference[] = [];
  let runA: QuotedWord[] = [];
  let runB: QuotedWord[] = [];
  const flush = () => {
    if (runA.length || runB.length) differences.push({ a: join(runA), b: join(runB) });
    runA = [];
    runB = [];
  };
  for (const s of stretch) {
    if (s.a !== null && s.b !== null) flush();
    else if (s.a !== null) {
      if (runA.length && runA[0]!.part !== wa[s.a]!.part) flush();
      runA.push(wa[s.a]!);
    } else {
      if (runB.length && runB[0]!.part !== wb[s.b!]!.part) flush();
      runB.push(wb[s.b!]!);
    }
  }
  flush();
  const shorter = Math.min(wa.length, wb.length);
  if (!differences.length || agreement < MIN_AGREEMENT || agree < Math.max(MIN_SHARED, MIN_AGREEMENT * shorter)) return null;
  return { a: x.member, b: y.member, speaker: x.speaker, differences, agreement: Math.round(agreement * 1000) / 1000 };
}

/** A run of words as one span of the text, from its first word to its last; null for none. Runs never cross a quote's fragments. */
function join(words: QuotedWord[]): Span | null {
  if (!words.length) return null;
  const start = words[0]!.start;
  const end = words.at(-1)!.end;
  const part = words[0]!.part;
  return { start, end, text: part.text.slice(start - part.start, end - part.start) };
}
