/**
 * Where each evaluation set lives and how its records are read. The text stays in shared/eval:
 * nothing here copies it into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SetName } from './args.js';

export type Task = 'attribution' | 'ner' | 'timex' | 'comparison' | 'coreference';

export interface EvalFile {
  set: SetName;
  /** Label in the table. */
  label: string;
  file: string;
  task: Task;
}

export const FILES: readonly EvalFile[] = [
  { set: 'polnear', label: 'PolNeAR', file: 'polnear.dev.jsonl', task: 'attribution' },
  { set: 'conll', label: 'CoNLL-2003', file: 'conll2003-testb.dev.jsonl', task: 'ner' },
  { set: 'meantime-ner', label: 'MEANTIME NER', file: 'meantime-ner.dev.jsonl', task: 'ner' },
  { set: 'meantime-timex', label: 'MEANTIME timex', file: 'meantime-timex.dev.jsonl', task: 'timex' },
  { set: 'tempeval', label: 'TE-3 platinum', file: 'tempeval3-platinum.dev.jsonl', task: 'timex' },
  { set: 'tempeval', label: 'TE-3 tbaq', file: 'tempeval3-tbaq.dev.jsonl', task: 'timex' },
  { set: 'gap', label: 'GAP', file: 'gap-development.jsonl', task: 'coreference' },
  { set: 'basil', label: 'BASIL', file: 'basil.dev.jsonl', task: 'comparison' },
];

/** Every record has at least these; the task-specific fields are checked where they are used. */
export interface RawRecord {
  id: string;
  text: string;
  /** Present in the timex and quote sets; null or not ISO in a few MEANTIME records. */
  dct?: string | null;
  [field: string]: unknown;
}

/** null when the file is absent (the caller reports it as skipped). */
export function readRecords(dir: string, file: string, limit: number | null): RawRecord[] | null {
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const records = (limit === null ? lines : lines.slice(0, limit)).map((line, i) => {
    const r = JSON.parse(line) as RawRecord;
    if (typeof r.id !== 'string' || typeof r.text !== 'string') {
      throw new Error(`${path}:${i + 1}: record without string id/text`);
    }
    return r;
  });
  return records;
}
