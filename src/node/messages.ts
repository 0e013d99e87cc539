/** What the batch's main thread and its workers send each other. */
import type { LineOrigin, LineOutcome } from './extract-line.js';

export interface WorkerSettings {
  /** --date: the reference date of lines that carry none. */
  defaultDate?: string;
}

export interface JobMessage {
  /** Position in the output: results are written in this order. */
  seq: number;
  raw: string;
  origin: LineOrigin;
}

export interface ResultMessage extends LineOutcome {
  seq: number;
}
