/**
 * `newsclaims extract --jsonl`: a line-in, line-out filter. Reads one article per line from files
 * or standard input, extracts on worker threads, writes one result per line in input order.
 *
 * Memory stays bounded however long the stream: at most `window` lines are between reading and
 * writing, reading waits while the window is full, and the window does not move while standard
 * output refuses writes (so a slow consumer slows the reader instead of filling memory).
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { WriteStream } from 'node:tty';
import { ExtractPool } from './pool.js';
import { OrderedOutput } from './ordered-output.js';
import { Progress } from './progress.js';

export interface BatchOptions {
  /** Input files; "-" is standard input. Empty means standard input. */
  inputs: string[];
  /** Worker threads. */
  jobs: number;
  /** Reference date for lines without a "date". */
  defaultDate?: string;
  stdin: Readable;
  stdout: Writable;
  /** Progress goes here only when it is a terminal. */
  stderr: Writable;
  /** Lines in flight per worker: enough to keep each worker busy while results queue for order. */
  perWorker?: number;
  /** The worker script; defaults to dist/extract-worker.js next to the built CLI. */
  workerScript?: URL;
}

export interface BatchSummary {
  lines: number;
  failed: number;
}

/** The worker script, built next to the CLI in dist/. */
const WORKER = new URL('./extract-worker.js', import.meta.url);

export async function runBatch(o: BatchOptions): Promise<BatchSummary> {
  const inputs = o.inputs.length ? o.inputs : ['-'];
  const window = o.jobs * (o.perWorker ?? 8);
  let submitted = 0;
  let failed = 0;
  let fatal: Error | null = null;
  let stopped = false;

  // One waiter at a time: the reader loop. Every event that might let it go on wakes it.
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const until = async (ready: () => boolean) => {
    while (!fatal && !stopped && !ready()) await new Promise<void>((resolve) => (wake = resolve));
    if (fatal) throw fatal;
  };

  const output = new OrderedOutput(o.stdout, () => {
    progress?.wrote(output.written);
    notify();
  });
  const onOutputError = (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly, as line filters do.
    if (e.code === 'EPIPE') stopped = true;
    else fatal ??= e;
    notify();
  };
  o.stdout.on('error', onOutputError);
  const progress = (o.stderr as WriteStream).isTTY ? new Progress(o.stderr as WriteStream, totalSize(inputs)) : null;
  const pool = new ExtractPool(o.jobs, o.workerScript ?? WORKER, { defaultDate: o.defaultDate }, (r) => {
    if (!r.ok) failed++;
    output.put(r.seq, r.out);
  }, (e) => {
    fatal ??= e;
    notify();
  });

  try {
    for (const input of inputs) {
      const stream = input === '-' ? o.stdin : createReadStream(input);
      stream.on('error', (e) => {
        fatal ??= new Error(`cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? e.message}`);
        notify();
      });
      const origin = input === '-' ? {} : { file: input };
      let line = 0;
      for await (const read of createInterface({ input: stream, crlfDelay: Infinity })) {
        line++;
        // A byte-order mark before the first line (editors on Windows write one) is not part of it.
        const raw = line === 1 && read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
        progress?.read(Buffer.byteLength(raw) + 1);
        // Blank lines carry no article; JSONL writers often end with one.
        if (raw.trim() === '') continue;
        await until(() => submitted - output.written < window && !output.blocked);
        if (stopped) break;
        pool.submit({ seq: submitted++, raw, origin: { line, ...origin } });
      }
      if (stopped) break;
    }
    await until(() => output.written === submitted);
  } finally {
    await pool.close();
    o.stdout.off('error', onOutputError);
    progress?.finish();
  }
  return { lines: submitted, failed };
}

/** Total bytes of the inputs when all are files, for the progress bar; null for a pipe. */
function totalSize(inputs: string[]): number | null {
  if (inputs.includes('-')) return null;
  return inputs.reduce((sum, f) => sum + statSync(f).size, 0);
}
