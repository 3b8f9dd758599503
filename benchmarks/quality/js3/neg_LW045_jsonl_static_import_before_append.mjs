// Negative LW045: the classifier is imported at module init and the verdict is set before the row is appended.
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { classify } from "./classifier.mjs";

const LOG = path.resolve(process.env.TURN_LOG ?? "data/turns.jsonl");

export async function recordTurn(turn) {
  const row = {
    id: turn.id,
    session: turn.sessionId,
    text: turn.text,
    would_have_asked: Boolean(turn.askedClarification),
    at: new Date().toISOString(),
  };
  row.classifier_verdict = classify(turn.text);
  await appendFile(LOG, JSON.stringify(row) + "\n");
  return row;
}
