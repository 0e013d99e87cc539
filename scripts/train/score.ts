/** Exact span + type scoring against gold character spans, per class, PER+ORG+LOC and all. */
import { CLASSES, decode } from '../../src/entities/tagger/labels.js';
import type { Doc } from './conll.js';

export interface Score {
  byClass: Record<string, { tp: number; pred: number; gold: number }>;
}

export function f1(c: { tp: number; pred: number; gold: number }): number {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function scoreDocs(docs: readonly Doc[], labelsOf: (doc: number, sentence: number) => readonly number[]): Score {
  const byClass: Score['byClass'] = {};
  for (const c of [...CLASSES, 'PER+ORG+LOC', 'all']) byClass[c] = { tp: 0, pred: 0, gold: 0 };
  const groups = (t: string) => ['all', t, ...(t === 'MISC' ? [] : ['PER+ORG+LOC'])];
  docs.forEach((d, di) => {
    const gold = new Set(d.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of d.entities) for (const g of groups(e.type)) byClass[g]!.gold++;
    d.sentences.forEach((tokens, si) => {
      for (const s of decode(labelsOf(di, si))) {
        const key = `${tokens[s.first]!.start}:${tokens[s.last]!.end}:${s.type}`;
        for (const g of groups(s.type)) {
          byClass[g]!.pred++;
          if (gold.has(key)) byClass[g]!.tp++;
        }
      }
    });
  });
  return { byClass };
}

export function report(label: string, s: Score): string {
  const parts = ['PER', 'ORG', 'LOC', 'MISC', 'PER+ORG+LOC', 'all'].map((c) => `${c} ${f1(s.byClass[c]!).toFixed(4)}`);
  return `${label}: ${parts.join('  ')}`;
}
