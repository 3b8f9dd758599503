// Negative LW003: audit events are appended to a JSONL journal; existing content is never truncated or rewritten.
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";

export function createJournal(dir) {
  const file = path.join(dir, "audit.jsonl");
  let ready = mkdir(dir, { recursive: true });

  return {
    async append(event) {
      await ready;
      await appendFile(file, JSON.stringify({ ...event, at: new Date().toISOString() }) + "\n", { flag: "a" });
    },
  };
}
