// Positive LW045: turn logger appends the row to the JSONL log, then a lazy import().then sets classifier_verdict on the row.
import { appendFile } from "node:fs/promises";
import path from "node:path";

const LOG = path.resolve(process.env.TURN_LOG ?? "data/turns.jsonl");

function baseRow(turn) {
  return {
    id: turn.id,
    session: turn.sessionId,
    text: turn.text,
    would_have_asked: Boolean(turn.askedClarification),
    at: new Date().toISOString(),
  };
}

export async function recordTurn(turn) {
  const row = baseRow(turn);
  await appendFile(LOG, JSON.stringify(row) + "\n");
  import("./classifier.mjs").then((m) => {
    row.classifier_verdict = m.classify(turn.text);
  });
  return row;
}
