/**
 * Prominence, for descriptions of a kind ("the social network said"): which organisation (or
 * government, court, account) the article is most about up to a point, counting its names. The score
 * of an entity at offset `before` is, over its mentions ending by then, the count plus a small
 * recency term, sum(start) / (10 * before + 1) (under a tenth of the count: it only breaks near-ties).
 * Ties go to the entity mentioned first.
 *
 * Answered by a sweep instead of a scan of all earlier mentions per question, which was quadratic in
 * long articles: counts grow as the sweep moves on, entities sit in buckets by count, and in each
 * bucket the one with the largest sum of starts wins (same count, same denominator). Only buckets
 * within a tenth of the top count can hold the winner, so a question reads a few bucket tops.
 */
import type { Entity } from '../types.js';

export interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
}

interface Entry {
  entity: Entity;
  sum: number;
  order: number;
}

export class Prominence {
  private at = 0;
  private maxEnd = -1;
  private count = new Map<Entity, number>();
  private sum = new Map<Entity, number>();
  private order = new Map<Entity, number>();
  private buckets: Entry[][] = [];
  private top = 0;

  /** `all` sorted by start; only mentions of entities that `fits` count. */
  constructor(private readonly all: readonly IndexedMention[], private readonly fits: (e: Entity) => boolean) {}

  best(before: number): Entity | null {
    // Questions come in text order; one that goes back restarts the sweep.
    if (this.maxEnd > before) this.reset();
    // As the scan did: the mentions before the first one that ends after `before`.
    while (this.at < this.all.length && this.all[this.at]!.end <= before) this.add(this.all[this.at++]!);
    let best: Entry | null = null;
    let bestScore = 0;
    for (let c = this.top; c >= 1 && c * 1.1 > this.top; c--) {
      const entry = this.bucketTop(c);
      if (!entry) continue;
      const score = c + entry.sum / (before * 10 + 1);
      if (score > bestScore || (score === bestScore && best && entry.order < best.order)) [best, bestScore] = [entry, score];
    }
    return best?.entity ?? null;
  }

  private add(m: IndexedMention): void {
    this.maxEnd = Math.max(this.maxEnd, m.end);
    if (!this.fits(m.entity)) return;
    const c = (this.count.get(m.entity) ?? 0) + 1;
    const sum = (this.sum.get(m.entity) ?? 0) + m.start;
    if (!this.order.has(m.entity)) this.order.set(m.entity, this.order.size);
    this.count.set(m.entity, c);
    this.sum.set(m.entity, sum);
    this.top = Math.max(this.top, c);
    push((this.buckets[c] ??= []), { entity: m.entity, sum, order: this.order.get(m.entity)! });
  }

  /** The best entry still at count c; entries of entities that moved on are dropped lazily. */
  private bucketTop(c: number): Entry | undefined {
    const heap = this.buckets[c];
    while (heap?.length && this.count.get(heap[0]!.entity) !== c) pop(heap);
    return heap?.[0];
  }

  private reset(): void {
    this.at = 0;
    this.maxEnd = -1;
    this.count.clear();
    this.sum.clear();
    this.order.clear();
    this.buckets = [];
    this.top = 0;
  }
}

/** Heap order: larger sum first, then the entity seen first. */
const before = (a: Entry, b: Entry) => a.sum > b.sum || (a.sum === b.sum && a.order < b.order);

function push(heap: Entry[], e: Entry): void {
  heap.push(e);
  for (let i = heap.length - 1; i > 0; ) {
    const p = (i - 1) >> 1;
    if (!before(heap[i]!, heap[p]!)) break;
    [heap[i], heap[p]] = [heap[p]!, heap[i]!];
    i = p;
  }
}

function pop(heap: Entry[]): void {
  const last = heap.pop()!;
  if (!heap.length) return;
  heap[0] = last;
  for (let i = 0; ; ) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
    if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
    if (m === i) break;
    [heap[i], heap[m]] = [heap[m]!, heap[i]!];
    i = m;
  }
}
