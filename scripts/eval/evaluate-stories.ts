/**
 * Runs the public API over the stories of a comparison set (BASIL): each article is extracted with
 * its date as the reference date, then the articles of one story are compared together and scored.
 */
import type { ExtractResult, Span } from '../../src/types.js';
import { type FileResult, sumTotals, withoutErrors } from './aggregate.js';
import type { EvalFile, RawRecord } from './data.js';
import { type ErrorRow, withContext } from './errors.js';
import { emptyResult, type Extract, optionsOf } from './evaluate-file.js';
import type { BasilDoc } from './gold.js';
import { type ClaimLink, scoreStory } from './score-comparison.js';

/** What the scorer needs from a comparison of one story: the claims it links, the framing words of each outlet. */
export interface StoryComparison {
  links: ClaimLink[];
  framing: Span[][];
}

/** The comparison as the runner calls it (a parameter, so the tests can pass their own). */
export type CompareStory = (results: ExtractResult[]) => StoryComparison;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** Records grouped by story, in the order each story first appears. */
export function stories(records: readonly RawRecord[]): BasilDoc[][] {
  const byEvent = new Map<string, BasilDoc[]>();
  for (const r of records) {
    const doc = r as unknown as BasilDoc;
    if (typeof doc.event_id !== 'string' || !Array.isArray(doc.quotes) || !Array.isArray(doc.bias)) throw new Error(`record ${r.id} is not a BASIL record (event_id, quotes, bias)`);
    const list = byEvent.get(doc.event_id);
    if (list) list.push(doc);
    else byEvent.set(doc.event_id, [doc]);
  }
  return [...byEvent.values()];
}

export function evaluateStories(
  file: EvalFile, records: readonly RawRecord[], extract: Extract, compareStory: CompareStory, errorSink: ((row: ErrorRow) => void) | null,
): FileResult {
  const res: FileResult = { file, docs: 0, failures: [], unusableDct: [], ms: 0, words: 0, compareMs: 0, stories: 0 };
  for (const story of stories(records)) {
    const results = story.map((doc) => {
      res.docs++;
      res.words += doc.text.split(/\s+/).filter(Boolean).length;
      const dct = /^\d{4}-\d{2}-\d{2}$/.test(doc.date ?? '') ? doc.date : undefined;
      if (dct === undefined) res.unusableDct.push({ doc: doc.id, dct: doc.date ?? null });
      const t0 = performance.now();
      try {
        return extract(doc.text, optionsOf(doc as unknown as RawRecord, dct));
      } catch (e) {
        res.failures.push({ doc: doc.id, message: `extract threw: ${message(e)}` });
        return emptyResult(doc.text);
      } finally {
        res.ms += performance.now() - t0;
      }
    });
    res.stories = (res.stories ?? 0) + 1;
    let compared: StoryComparison = { links: [], framing: story.map(() => []) };
    const t0 = performance.now();
    try {
      compared = compareStory(results);
    } catch (e) {
      res.failures.push({ doc: story[0]!.event_id, message: `compare threw: ${message(e)}` });
      process.stderr.write(`  ! story ${story[0]!.event_id}: compare threw: ${message(e)}\n`);
    }
    res.compareMs = (res.compareMs ?? 0) + performance.now() - t0;
    const s = scoreStory(story.map((record, i) => ({ record, result: results[i]!, framing: compared.framing[i] ?? [] })), compared.links);
    res.comparison = sumTotals(res.comparison, withoutErrors(s));
    if (errorSink) for (const e of s.errors) errorSink(withContext(file.label, story[e.outlet]!.id, story[e.outlet]!.text, e));
  }
  return res;
}
