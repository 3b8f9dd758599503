// negative LW003: decisions are appended to a JSONL log with appendFile; the file is never truncated or rewritten
import { appendFile } from "node:fs/promises";

const LOG = process.env.DECISIONS_LOG ?? "/var/log/agent/decisions.jsonl";

export async function logDecision(decision: { id: string; action: string; approved: boolean }): Promise<void> {
  await appendFile(LOG, JSON.stringify({ ...decision, ts: Date.now() }) + "\n", { encoding: "utf8" });
}
