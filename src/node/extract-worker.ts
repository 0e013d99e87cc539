/**
 * Worker thread of the batch mode: receives input lines, sends back output lines. It holds its own
 * copy of the library (wink-nlp's model loads once per worker, on the first line).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractLine } from './extract-line.js';
import type { JobMessage, ResultMessage, WorkerSettings } from './messages.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs as a worker thread of newsclaims extract --jsonl');
const settings = workerData as WorkerSettings;

port.on('message', (job: JobMessage) => {
  const result: ResultMessage = { seq: job.seq, ...extractLine(job.raw, job.origin, settings.defaultDate) };
  port.postMessage(result);
});
