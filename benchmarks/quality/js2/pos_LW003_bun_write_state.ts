// positive LW003: a Bun job runner rewrites its state file with Bun.write(STATE_FILE, ...) on every job completion
const STATE_FILE = `${process.env.STATE_DIR ?? "/var/lib/runner"}/state.json`;

type RunnerState = { lastJobId: number; failures: Record<string, number> };

async function loadState(): Promise<RunnerState> {
  const file = Bun.file(STATE_FILE);
  return (await file.exists()) ? await file.json() : { lastJobId: 0, failures: {} };
}

export async function completeJob(jobId: number, ok: boolean, kind: string): Promise<void> {
  const state = await loadState();
  state.lastJobId = Math.max(state.lastJobId, jobId);
  if (!ok) state.failures[kind] = (state.failures[kind] ?? 0) + 1;
  await Bun.write(STATE_FILE, JSON.stringify(state));
}
