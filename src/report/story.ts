/**
 * What the comparison reports show, in readable form, whatever the layout: each statement several
 * outlets report with its claim in each outlet (or none), what each outlet alone reports, sources
 * and entities by name, dates in words, drift and framing. Pure: results and comparison in, plain
 * data out; text.ts, markdown.ts and html.ts lay it out.
 */
import type { Claim, ClaimCluster, Comparison, CoverageItem, ExtractResult, FramingWord } from '../types.js';
import { dateKeyWords } from './date-words.js';

export interface StoryRow {
  /** Number shown, from 1. */
  n: number;
  cluster: ClaimCluster;
  /** Who says it, by name; null for the outlets' own statements or when members disagree. */
  speaker: string | null;
  /** One cell per outlet: its claims (two or more when it quotes the statement in parts), or none when it omits it. */
  cells: Claim[][];
  /** Drift as words: outlet labels and each side's differing words ("" for none). */
  drift: Array<{ a: number; b: number; runs: Array<[string, string]> }>;
  /** Why the members were joined: shared words and entities of the best link. */
  evidence: string;
}

export interface CoverageRow {
  name: string;
  /** The key it is compared by: an entity key, or for a date its TIMEX3 value. */
  key: string;
  /** One flag per outlet. */
  in: boolean[];
}

export interface Story {
  names: string[];
  labels: string[];
  rows: StoryRow[];
  /** Per outlet: the claims no other outlet reports. */
  only: Claim[][];
  sources: CoverageRow[];
  entities: CoverageRow[];
  dates: CoverageRow[];
  framing: FramingWord[][];
}

/** The readable view of a comparison of `results` (in the order compared), with the outlets' names. */
export function story(results: readonly ExtractResult[], c: Comparison, names?: readonly string[]): Story {
  const claims = results.map((r) => new Map(r.claims.map((x) => [x.id, x])));
  const labels = c.outlets.map((o) => o.label);
  const sourceName = new Map(c.coverage.sources.map((s) => [s.key, s.name]));
  const entityName = new Map(c.coverage.entities.map((s) => [s.key, s.name]));
  const rows = c.clusters.map((k, i): StoryRow => {
    const cells: Claim[][] = results.map(() => []);
    for (const m of k.members) {
      const claim = claims[m.outlet]!.get(m.claim);
      if (claim) cells[m.outlet]!.push(claim);
    }
    const best = k.links[0];
    const evidence = best ? [
      best.evidence.sameSpeaker ? 'same speaker' : '',
      best.evidence.sharedEntities.length ? `names: ${best.evidence.sharedEntities.map((e) => entityName.get(e) ?? e).join(', ')}` : '',
      best.evidence.sharedWords.length ? `words: ${best.evidence.sharedWords.join(', ')}` : '',
    ].filter(Boolean).join(' · ') : '';
    return {
      n: i + 1, cluster: k, cells, evidence,
      speaker: k.speaker === null ? null : sourceName.get(k.speaker) ?? k.speaker,
      drift: k.drift.map((d) => ({ a: d.a.outlet, b: d.b.outlet, runs: d.differences.map((x): [string, string] => [x.a?.text ?? '', x.b?.text ?? '']) })),
    };
  });
  const flags = (item: CoverageItem) => results.map((_, o) => item.outlets.includes(o));
  const dateName = (item: CoverageItem) => dateKeyWords(item.key, results[item.outlets[0]!]!);
  return {
    names: results.map((_, i) => names?.[i] ?? labels[i]!),
    labels, rows,
    only: c.outlets.map((o, i) => o.only.map((id) => claims[i]!.get(id)!).filter(Boolean)),
    sources: c.coverage.sources.map((s) => ({ name: s.name, key: s.key, in: flags(s) })),
    entities: c.coverage.entities.map((s) => ({ name: s.name, key: s.key, in: flags(s) })),
    dates: c.coverage.dates.map((s) => ({ name: dateName(s), key: s.key, in: flags(s) })),
    framing: c.outlets.map((o) => o.framing),
  };
}

/**
 * One claim as a person reads it, the speaker outside the quotation marks: Jane Doe (said):
 * “We will appeal.” / Jane Doe (argued) that the order was unlawful / the outlet: Twitter sued.
 */
export function statementLine(c: Claim, max = Infinity): string {
  const text = clip(c.content.text, max);
  if (c.source === 'narrative') return `the outlet: ${text}`;
  const who = c.speaker?.name ?? 'unattributed';
  const cue = c.cue ? ` (${c.cue.text})` : '';
  // A quote's content may hold its own marks (a partial quote in its clause): those are not doubled.
  return c.source === 'quote' && !/^["“‘'«]/.test(text) ? `${who}${cue}: “${text}”` : `${who}${cue}: ${text}`;
}

/** Text on one line, cut with an ellipsis past `max` characters. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Items given by every outlet, by some, and by one alone, by name. */
export function splitCoverage(rows: readonly CoverageRow[]): { all: string[]; some: CoverageRow[]; alone: string[][] } {
  const n = rows[0]?.in.length ?? 0;
  const alone: string[][] = Array.from({ length: n }, () => []);
  const all: string[] = [];
  const some: CoverageRow[] = [];
  for (const r of rows) {
    const k = r.in.filter(Boolean).length;
    if (k === n) all.push(r.name);
    else if (k === 1) alone[r.in.indexOf(true)]!.push(r.name);
    else some.push(r);
  }
  return { all, some, alone };
}
