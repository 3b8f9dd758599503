// Negative LW003: release CLI writes state to a temp file, fsyncs it, renames it over the old one and fsyncs the directory.
import { open, rename, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const STATE_PATH = path.join(os.homedir(), ".shipit", "state.json");

async function atomicWrite(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(tmp, "w", 0o600);
  try {
    await handle.writeFile(data, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  const dir = await open(path.dirname(file), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

export async function saveState(state: Record<string, unknown>): Promise<void> {
  await atomicWrite(STATE_PATH, JSON.stringify({ ...state, updatedAt: new Date().toISOString() }, null, 2));
}
