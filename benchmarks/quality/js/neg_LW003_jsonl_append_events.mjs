// negative LW003: events are appended to a JSONL journal with appendFileSync; the file is never rewritten
import { appendFileSync, readFileSync, existsSync } from "node:fs";

const JOURNAL = process.env.JOURNAL_PATH ?? "./data/events.jsonl";

export function recordEvent(event) {
  appendFileSync(JOURNAL, JSON.stringify({ ...event, at: Date.now() }) + "\n");
}

export function replay() {
  if (!existsSync(JOURNAL)) return [];
  return readFileSync(JOURNAL, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
}
