// negative LW003: a CLI prints its JSON state summary to stdout instead of writing any file
import { readFileSync } from "node:fs";

type State = { cursor: string | null; pending: number };

export function printStatus(statePath: string): void {
  const state: State = JSON.parse(readFileSync(statePath, "utf8"));
  process.stdout.write(JSON.stringify({ path: statePath, ...state }, null, 2) + "\n");
}
