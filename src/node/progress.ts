/**
 * A one-line progress report on an interactive terminal. Lines out and their rate always; a bar and
 * a percentage when the input size is known (files, not a pipe). Redrawn at most ten times a second.
 */
import type { WriteStream } from 'node:tty';

const WIDTH = 24;

export class Progress {
  private readonly started = Date.now();
  private drawn = 0;
  private bytesRead = 0;
  private lines = 0;

  constructor(private readonly tty: WriteStream, private readonly totalBytes: number | null) {}

  read(bytes: number): void {
    this.bytesRead += bytes;
  }

  wrote(lines: number): void {
    this.lines = lines;
    if (Date.now() - this.drawn >= 100) this.draw();
  }

  finish(): void {
    this.draw();
    this.tty.write('\n');
  }

  private draw(): void {
    this.drawn = Date.now();
    const seconds = Math.max(0.001, (this.drawn - this.started) / 1000);
    const rate = `${this.lines} lines, ${(this.lines / seconds).toFixed(1)} lines/s`;
    if (this.totalBytes) {
      const done = Math.min(1, this.bytesRead / this.totalBytes);
      const filled = Math.round(done * WIDTH);
      this.tty.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(done * 100).toFixed(0).padStart(3)}% read, ${rate}\x1b[K`);
    } else {
      this.tty.write(`\r${rate}\x1b[K`);
    }
  }
}
