// Positive LW003: log forwarder opens its offsets file with "w" (truncating it) and writes the new offsets.
import fs from "node:fs";

export type Offsets = Record<string, number>;

export class OffsetTracker {
  private offsets: Offsets;

  constructor(private readonly file: string) {
    this.offsets = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Offsets) : {};
  }

  get(source: string): number {
    return this.offsets[source] ?? 0;
  }

  advance(source: string, to: number): void {
    this.offsets[source] = to;
  }

  flush(): void {
    const fd = fs.openSync(this.file, "w");
    try {
      fs.writeSync(fd, JSON.stringify(this.offsets));
    } finally {
      fs.closeSync(fd);
    }
  }
}
