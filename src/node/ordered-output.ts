/**
 * Writes results in input order, whatever order the workers finish in. Results that arrive early
 * wait in a map; the batch's in-flight window bounds how many can wait. Honours backpressure: after
 * a write the stream refuses, `blocked` is true until the stream drains.
 */
import type { Writable } from 'node:stream';

export class OrderedOutput {
  private readonly early = new Map<number, string>();
  private next = 0;
  private refused = false;

  constructor(private readonly out: Writable, private readonly onChange: () => void) {
    out.on('drain', () => {
      this.refused = false;
      onChange();
    });
  }

  /** Results written so far; also the seq of the next result to write. */
  get written(): number {
    return this.next;
  }

  get blocked(): boolean {
    return this.refused;
  }

  put(seq: number, line: string): void {
    this.early.set(seq, line);
    let chunk = '';
    for (let l = this.early.get(this.next); l !== undefined; l = this.early.get(this.next)) {
      this.early.delete(this.next);
      chunk += l + '\n';
      this.next++;
    }
    if (chunk && !this.out.write(chunk)) this.refused = true;
    if (chunk) this.onChange();
  }
}
