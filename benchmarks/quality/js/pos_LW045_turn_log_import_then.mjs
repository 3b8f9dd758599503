// positive LW045: the turn is appended to the log first; the lazily imported classifier later sets classifier_verdict on the in-memory row only
import { appendFile } from "node:fs/promises";

const LOG = process.env.TURN_LOG ?? "./turns.jsonl";

export async function recordTurn(turn) {
  const row = {
    id: turn.id,
    ts: new Date().toISOString(),
    text: turn.text,
    would_have_asked: turn.confidence < 0.6,
  };
  await appendFile(LOG, JSON.stringify(row) + "\n");
  import("./classifier.mjs").then((m) => {
    row.classifier_verdict = m.classify(turn.text);
  });
  return row.id;
}
