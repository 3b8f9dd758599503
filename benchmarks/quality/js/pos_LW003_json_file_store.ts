// positive LW003: a tiny JSON document store rewrites its whole database file in place on every write
import { promises as fs } from "node:fs";

export class JsonStore<T extends { id: string }> {
  private data: Record<string, T> = {};

  constructor(private readonly filename: string) {}

  async open(): Promise<void> {
    try {
      this.data = JSON.parse(await fs.readFile(this.filename, "utf8"));
    } catch {
      this.data = {};
    }
  }

  async put(doc: T): Promise<void> {
    this.data[doc.id] = doc;
    await fs.writeFile(this.filename, JSON.stringify(this.data));
  }

  get(id: string): T | undefined {
    return this.data[id];
  }
}
