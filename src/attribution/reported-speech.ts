/**
 * Reported (indirect) speech: claims with no quotation marks. Four shapes, each read off the
 * sentence's tokens:
 *   According to X, CLAUSE.            CLAUSE, according to X.
 *   X (also) CUE (that) CLAUSE.         CLAUSE, X CUE.  /  CLAUSE, CUE X.  /  CLAUSE CUE X. ("reported Reuters")
 * plus a participle that adds a second claim to the same speaker: "..., adding that CLAUSE".
 */
import { tokensIn, type AnalysedDocument, type DocToken } from '../document/analyse.js';
import type { Refiner } from '../pipeline.js';
import type { Claim, Span } from '../types.js';
import { EVIDENCE_CONFIDENCE } from '../claims/quote-claims.js';
import { isBelief, isQuoteCue, isSpeechCue } from './cues.js';
import { phraseAfter, phraseBefore, settingEnd, subjectBefore, type Phrase } from './noun-phrase.js';
import { indexMentions, resolvePhrase, type MentionIndex, type SpeakerHistory } from './resolve.js';

const MIN_CONTENT_TOKENS = 3;

interface Found {
  speaker: Phrase;
  cue: [number, number];
  content: [number, number];
  rule: string;
}

export const reportedSpeechClaims: Refiner = {
  name: 'reported-speech',
  refine(doc, items) {
    const index = indexMentions(items.entities);
    const history: SpeakerHistory = items.quotes
      .filter((q) => q.speaker?.entity)
      .map((q) => ({ at: q.start, entity: items.entities.find((e) => e.id === q.speaker!.entity)! }));
    const taken = items.claims.map((c) => c.content);
    const quoteCues = items.quotes.flatMap((q) => (q.cue ? [q.cue] : []));
    const claims: Claim[] = [];
    for (const sentence of doc.sentences) {
      const tokens = tokensIn(doc, sentence.start, sentence.end);
      for (const f of findReported(tokens)) {
        // A cue that already attributes a quotation does not report a second claim.
        const cueAt = tokens[f.cue[0]]!.start;
        if (quoteCues.some((c) => cueAt >= c.start && cueAt < c.end)) continue;
        const claim = toClaim(doc, tokens, f, index, history);
        if (claim.content.end - claim.content.start < 8 || taken.some((t) => overlap(t, claim.content) > 0.5)) continue;
        claims.push(claim);
        taken.push(claim.content);
      }
    }
    return { ...items, claims: [...items.claims, ...claims] };
  },
};

export function findReported(tokens: DocToken[]): Found[] {
  const end = lastWord(tokens);
  if (end < MIN_CONTENT_TOKENS) return [];
  // According to X, CLAUSE.
  const at = tokens.findIndex((t, i) => t.normal === 'according' && tokens[i + 1]?.normal === 'to');
  if (at >= 0) {
    const np = phraseAfter(tokens, at + 2);
    if (np && at <= 1 && tokens[np.last + 1]?.normal === ',') return [{ speaker: np, cue: [at, at + 1], content: [np.last + 2, end], rule: 'reported:according-to' }];
    if (np && at > 1 && tokens[at - 1]?.normal === ',') return [{ speaker: np, cue: [at, at + 1], content: [0, at - 2], rule: 'reported:according-to' }];
  }
  // CLAUSE, X CUE.  CLAUSE, CUE X.  CLAUSE CUE X.
  const tail = inverted(tokens, end);
  if (tail) return [tail];
  // X CUE (that) CLAUSE (, adding that CLAUSE)
  for (let k = 1; k < end; k++) {
    if (!isSpeechCue(tokens[k]!, tokens[k + 1])) continue;
    let j = k - 1;
    while (j >= 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART')) j--;
    const np = subjectBefore(tokens, j);
    if (!np) continue;
    let from = settingEnd(tokens, k) + 1;
    if (tokens[k]!.lemma === 'tell') from = (phraseAfter(tokens, from)?.last ?? from - 1) + 1;
    const hasThat = tokens[from]?.normal === 'that';
    if (hasThat) from++;
    if (!hasThat && !startsClause(tokens, from, isBelief(tokens[k]))) continue;
    const adding = tokens.findIndex((t, i) => i > from && t.normal === ',' && /^(adding|saying|noting|arguing|insisting|warning)$/.test(tokens[i + 1]?.normal ?? '') && tokens[i + 2]?.normal === 'that');
    const out: Found[] = [{ speaker: np, cue: [k, k], content: [from, adding > 0 ? adding - 1 : end], rule: 'reported:cue' }];
    if (adding > 0) out.push({ speaker: np, cue: [adding + 1, adding + 1], content: [adding + 3, end], rule: 'reported:participle' });
    return out.filter((f) => f.content[1] - f.content[0] + 1 >= MIN_CONTENT_TOKENS && looksLikeClause(tokens, f.content));
  }
  return [];
}

function inverted(tokens: DocToken[], end: number): Found | null {
  for (let k = Math.max(1, end - 8); k <= end; k++) {
    const t = tokens[k]!;
    if (!isQuoteCue(t) || !/^(said|says|reported|reports|wrote|added|told|noted|argued|claimed)$/.test(t.normal)) continue;
    const after = phraseAfter(tokens, k + 1);
    if (after && after.last >= end - 1 && k >= MIN_CONTENT_TOKENS) {
      const stop = tokens[k - 1]!.normal === ',' ? k - 2 : k - 1;
      return { speaker: after, cue: [k, k], content: [0, stop], rule: 'reported:inverted' };
    }
    const before = phraseBefore(tokens, k - 1);
    if (before && k === end && tokens[before.first - 1]?.normal === ',' && before.first - 2 >= MIN_CONTENT_TOKENS) {
      return { speaker: before, cue: [k, k], content: [0, before.first - 2], rule: 'reported:inverted' };
    }
  }
  return null;
}

/** Without "that", what follows a cue must open a clause ("said the plan failed"), or, after a
 * belief or intention, an infinitive ("intends to protect"). */
function startsClause(tokens: DocToken[], from: number, belief: boolean): boolean {
  const t = tokens[from];
  if (!t) return false;
  if (belief && t.normal === 'to') return true;
  if (!['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(t.pos) || /^(him|her|them|us|me|it)$/.test(t.normal)) return false;
  for (let i = from + 1; i < Math.min(tokens.length, from + 8); i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
}

/** The reported part must be a clause: it needs a verb. */
function looksLikeClause(tokens: DocToken[], [a, b]: [number, number]): boolean {
  for (let i = a; i <= b; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
}

/** Index of the last token that is not closing punctuation. */
function lastWord(tokens: DocToken[]): number {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.pos === 'PUNCT') i--;
  return i;
}

function toClaim(doc: AnalysedDocument, tokens: DocToken[], f: Found, index: MentionIndex, history: SpeakerHistory): Claim {
  const at = (a: number, b: number): Span => ({ start: tokens[a]!.start, end: tokens[b]!.end, text: doc.text.slice(tokens[a]!.start, tokens[b]!.end) });
  const mention = at(f.speaker.first, f.speaker.last);
  const r = resolvePhrase(index, history.filter((h) => h.at < mention.start), mention.start, mention.end, mention.text);
  const evidence = f.rule === 'reported:according-to' ? 'according-to' : r.evidence;
  return {
    kind: 'claim', id: '', type: isBelief(tokens[f.cue[0]]) ? 'belief' : 'statement', source: 'reported',
    speaker: { mention, entity: r.entity?.id ?? null, name: r.entity?.name ?? mention.text, evidence },
    cue: at(f.cue[0], f.cue[1]), content: at(f.content[0], f.content[1]), quote: null, entities: [], dates: [],
    confidence: Math.round((Math.min(EVIDENCE_CONFIDENCE[r.evidence], 0.8) - (f.rule === 'reported:cue' ? 0.1 : 0)) * 100) / 100, rule: f.rule,
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}
