import { readFileSync } from 'node:fs';
import { compare, extract, type ClaimCluster, type Comparison, type ExtractResult } from '../../src/index.js';
import { claimWith } from './compare.js';

/** The short articles written for these tests, all dated Wednesday 8 May 2024. */
export const STORY_DATE = '2024-05-08';

export function storyText(name: string): string {
  return readFileSync(new URL(`../fixtures/stories/${name}.txt`, import.meta.url), 'utf8');
}

export interface StorySet {
  texts: string[];
  results: ExtractResult[];
  comparison: Comparison;
}

/** Extracts each article and compares them, in the order given (A, B, C, ...). */
export function storySet(...names: string[]): StorySet {
  const texts = names.map(storyText);
  const results = texts.map((t) => extract(t, { referenceDate: STORY_DATE }));
  return { texts, results, comparison: compare(results[0]!, results[1]!, ...results.slice(2)) };
}

/** The cluster holding the claim of outlet `outlet` whose content holds `words`, or undefined. */
export function clusterWith(s: StorySet, outlet: number, words: string): ClaimCluster | undefined {
  const id = claimWith(s.results[outlet]!, words).id;
  return s.comparison.clusters.find((k) => k.members.some((m) => m.outlet === outlet && m.claim === id));
}

/** The content of the member of `outlet` in a cluster ('' when the outlet omits it). */
export function memberText(s: StorySet, k: ClaimCluster, outlet: number): string {
  const m = k.members.find((x) => x.outlet === outlet);
  return m ? s.results[outlet]!.claims.find((c) => c.id === m.claim)!.content.text : '';
}
