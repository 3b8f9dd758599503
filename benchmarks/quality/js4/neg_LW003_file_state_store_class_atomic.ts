// negative LW003: FileStateStore.flush() writes state.json to a unique temp file, fsyncs it, renames it into place and fsyncs the directory
import { readFile, open, rename, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";

export type RunState = {
  runId: string;
  step: number;
  status: "running" | "waiting" | "done" | "failed";
  updatedAt: string;
};

export class FileStateStore {
  private runs = new Map<string, RunState>();

  constructor(private readonly dir: string) {}

  private get file(): string {
    return path.join(this.dir, "state.json");
  }

  async load(): Promise<void> {
    try {
      const raw = JSON.parse(await readFile(this.file, "utf8")) as RunState[];
      this.runs = new Map(raw.map((r) => [r.runId, r]));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }

  upsert(state: RunState): void {
    this.runs.set(state.runId, { ...state, updatedAt: new Date().toISOString() });
  }

  async flush(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = path.join(this.dir, `.state.json.${randomBytes(6).toString("hex")}`);
    const handle = await open(tmp, "wx", 0o600);
    try {
      await handle.writeFile(JSON.stringify([...this.runs.values()]), "utf8");
      await handle.sync();
    } catch (err) {
      await handle.close();
      await rm(tmp, { force: true });
      throw err;
    }
    await handle.close();
    await rename(tmp, this.file);
    const dirHandle = await open(this.dir, "r");
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  }
}
