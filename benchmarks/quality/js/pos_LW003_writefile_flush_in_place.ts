// positive LW003: writeFile with { flush: true } still truncates and rewrites the live state file in place
import { readFile, writeFile } from "node:fs/promises";

type QueueState = { pending: string[]; inFlight: string[]; updatedAt: number };

export async function loadQueueState(statePath: string): Promise<QueueState> {
  return JSON.parse(await readFile(statePath, "utf8"));
}

export async function saveQueueState(statePath: string, state: QueueState): Promise<void> {
  await writeFile(statePath, JSON.stringify({ ...state, updatedAt: Date.now() }), { flush: true });
}
