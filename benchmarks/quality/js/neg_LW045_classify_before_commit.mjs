// negative LW045: the pure classifier is imported at module init and called synchronously before the append
import { appendFile } from "node:fs/promises";
import { classify } from "./classifier.mjs";

const LOG = process.env.TURN_LOG ?? "./turns.jsonl";

export async function recordTurn(turn) {
  const row = { id: turn.id, text: turn.text, would_have_asked: turn.confidence < 0.6 };
  row.classifier_verdict = classify(turn.text);
  await appendFile(LOG, JSON.stringify(row) + "\n");
  return row.id;
}
