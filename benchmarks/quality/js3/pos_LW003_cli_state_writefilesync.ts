// Positive LW003: release CLI rewrites its state file in place with fs.writeFileSync.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ReleaseState {
  lastTag: string | null;
  publishedPackages: Record<string, string>;
  updatedAt: string;
}

const STATE_PATH = path.join(os.homedir(), ".shipit", "state.json");

export function loadState(): ReleaseState {
  try {
    return JSON.parse(fs.readFileSync(STATE_PATH, "utf8")) as ReleaseState;
  } catch {
    return { lastTag: null, publishedPackages: {}, updatedAt: new Date(0).toISOString() };
  }
}

export function saveState(state: ReleaseState): void {
  fs.mkdirSync(path.dirname(STATE_PATH), { recursive: true });
  fs.writeFileSync(STATE_PATH, JSON.stringify({ ...state, updatedAt: new Date().toISOString() }, null, 2));
}

export function markPublished(name: string, version: string): ReleaseState {
  const state = loadState();
  state.publishedPackages[name] = version;
  saveState(state);
  return state;
}
