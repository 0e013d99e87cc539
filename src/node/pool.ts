/**
 * A fixed set of extraction workers. Each job goes to the worker with the fewest jobs in hand, so a
 * long article on one worker does not hold up short ones queued behind it on the same worker.
 */
import { Worker } from 'node:worker_threads';
import type { JobMessage, ResultMessage, WorkerSettings } from './messages.js';

interface Slot {
  worker: Worker;
  inHand: number;
}

export class ExtractPool {
  private readonly slots: Slot[];

  constructor(size: number, script: URL, settings: WorkerSettings, onResult: (r: ResultMessage) => void, onError: (e: Error) => void) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(script, { workerData: settings }), inHand: 0 };
      slot.worker.on('message', (r: ResultMessage) => {
        slot.inHand--;
        onResult(r);
      });
      slot.worker.on('error', onError);
      // A worker only exits when we terminate it; any other exit loses the lines it held.
      slot.worker.on('exit', (code) => {
        if (slot.inHand > 0) onError(new Error(`an extraction worker stopped (exit code ${code}) with ${slot.inHand} lines in hand`));
      });
      return slot;
    });
  }

  submit(job: JobMessage): void {
    let best = this.slots[0]!;
    for (const s of this.slots) if (s.inHand < best.inHand) best = s;
    best.inHand++;
    best.worker.postMessage(job);
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.inHand = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
