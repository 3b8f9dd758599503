// positive LW003: a log tailer dumps its offsets state through fs.createWriteStream(statePath), truncating the live file
import { createWriteStream, existsSync, readFileSync } from "node:fs";

const statePath = process.env.TAILER_STATE ?? "/var/lib/tailer/offsets.state";

export function loadOffsets(): Map<string, number> {
  if (!existsSync(statePath)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(statePath, "utf8"))));
}

export function saveOffsets(offsets: Map<string, number>): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(statePath);
    out.on("error", reject);
    out.end(JSON.stringify(Object.fromEntries(offsets)), resolve);
  });
}
