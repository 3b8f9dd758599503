// positive LW003: an indexer awaits fs/promises writeFile of its checkpoint straight onto the live path
import { readFile, writeFile } from "node:fs/promises";

type Checkpoint = { block: number; hash: string; updatedAt: string };

export class CheckpointStore {
  constructor(private readonly checkpointPath: string) {}

  async load(): Promise<Checkpoint | null> {
    try {
      return JSON.parse(await readFile(this.checkpointPath, "utf8"));
    } catch {
      return null;
    }
  }

  async save(block: number, hash: string): Promise<void> {
    const checkpoint: Checkpoint = { block, hash, updatedAt: new Date().toISOString() };
    await writeFile(this.checkpointPath, JSON.stringify(checkpoint));
  }
}
