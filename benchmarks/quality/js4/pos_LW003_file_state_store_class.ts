// positive LW003: FileStateStore.flush() rewrites the workflow engine's state.json in place with writeFile; the other methods only read or mutate memory
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";

export type RunState = {
  runId: string;
  step: number;
  status: "running" | "waiting" | "done" | "failed";
  outputs: Record<string, unknown>;
  updatedAt: string;
};

export class FileStateStore {
  private runs = new Map<string, RunState>();
  private loaded = false;

  constructor(private readonly dir: string) {}

  private get file(): string {
    return path.join(this.dir, "state.json");
  }

  async load(): Promise<void> {
    if (this.loaded) return;
    try {
      const raw = JSON.parse(await readFile(this.file, "utf8")) as RunState[];
      this.runs = new Map(raw.map((r) => [r.runId, r]));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    this.loaded = true;
  }

  get(runId: string): RunState | undefined {
    return this.runs.get(runId);
  }

  upsert(state: RunState): void {
    this.runs.set(state.runId, { ...state, updatedAt: new Date().toISOString() });
  }

  async flush(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.file, JSON.stringify([...this.runs.values()]), "utf8");
  }
}

export async function advance(store: FileStateStore, runId: string, output: unknown): Promise<RunState> {
  await store.load();
  const current = store.get(runId) ?? { runId, step: 0, status: "running", outputs: {}, updatedAt: "" };
  const next: RunState = {
    ...current,
    step: current.step + 1,
    outputs: { ...current.outputs, [`step${current.step}`]: output },
  };
  store.upsert(next);
  await store.flush();
  return next;
}
