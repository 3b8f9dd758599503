// positive LW003: CLI rewrites its state.json in place with writeFileSync on the live path
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

interface SyncState {
  lastSyncedAt: string | null;
  cursor: string | null;
  syncedIds: string[];
}

const STATE_DIR = join(homedir(), ".notesync");
const STATE_FILE = join(STATE_DIR, "state.json");

export function loadState(): SyncState {
  if (!existsSync(STATE_FILE)) return { lastSyncedAt: null, cursor: null, syncedIds: [] };
  return JSON.parse(readFileSync(STATE_FILE, "utf8"));
}

export function saveState(state: SyncState): void {
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}
