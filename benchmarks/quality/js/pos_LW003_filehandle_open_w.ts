// positive LW003: the lease state file is opened with "w" (truncating it) and refilled through the handle
import { open, readFile } from "node:fs/promises";

export interface LeaseState {
  holder: string;
  expiresAt: number;
  generation: number;
}

export async function readLease(statePath: string): Promise<LeaseState> {
  return JSON.parse(await readFile(statePath, "utf8"));
}

export async function writeLease(statePath: string, lease: LeaseState): Promise<void> {
  const handle = await open(statePath, "w");
  try {
    await handle.writeFile(JSON.stringify(lease));
    await handle.sync();
  } finally {
    await handle.close();
  }
}
