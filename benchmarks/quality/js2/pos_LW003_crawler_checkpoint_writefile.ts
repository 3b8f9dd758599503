// positive LW003: a crawler saves its frontier checkpoint with fs/promises writeFile straight over the live file
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

interface Frontier {
  queued: string[];
  visited: number;
  cursor: string | null;
}

export class Crawler {
  private frontier: Frontier = { queued: [], visited: 0, cursor: null };
  private readonly checkpointPath: string;

  constructor(dataDir: string) {
    this.checkpointPath = path.join(dataDir, "frontier.checkpoint.json");
  }

  async resume(): Promise<void> {
    try {
      this.frontier = JSON.parse(await readFile(this.checkpointPath, "utf8"));
    } catch {
      this.frontier = { queued: [], visited: 0, cursor: null };
    }
  }

  enqueue(url: string): void {
    this.frontier.queued.push(url);
  }

  async persist(): Promise<void> {
    await writeFile(this.checkpointPath, JSON.stringify(this.frontier));
  }
}
