// negative LW045: the classifier is loaded once with top-level await and the verdict is set before the turn is appended; the post-append callback only bumps an in-memory counter
import { appendFile } from "node:fs/promises";
import path from "node:path";

const { classify } = await import("./classifier.mjs");

const LOG = path.join(process.env.LOG_DIR ?? "./logs", "turns.jsonl");
const stats = { appended: 0 };

export async function recordTurn(turn) {
  const entry = {
    id: turn.id,
    session: turn.sessionId,
    text: turn.text,
    would_have_asked: true,
    ts: new Date().toISOString(),
  };
  entry.classifier_verdict = classify(turn.text);
  await appendFile(LOG, JSON.stringify(entry) + "\n");
  setImmediate(() => {
    stats.appended += 1;
  });
  return entry;
}

export function appendedCount() {
  return stats.appended;
}
