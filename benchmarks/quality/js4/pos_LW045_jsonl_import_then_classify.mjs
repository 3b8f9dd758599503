// positive LW045: agent turn logger appends the row to turns.jsonl, then sets row.classifier_verdict in a lazy import("./classifier.mjs").then() callback; the line on disk never gets the verdict
import { appendFile } from "node:fs/promises";
import path from "node:path";

const LOG_DIR = process.env.AGENT_LOG_DIR ?? "./logs";
const TURNS_LOG = path.join(LOG_DIR, "turns.jsonl");

function shouldHaveAsked(turn) {
  return turn.toolCalls.some((c) => c.destructive) && !turn.userConfirmed;
}

export async function logTurn(turn) {
  const row = {
    id: turn.id,
    session: turn.sessionId,
    ts: new Date().toISOString(),
    prompt: turn.prompt,
    tools: turn.toolCalls.map((c) => c.name),
    would_have_asked: shouldHaveAsked(turn),
  };
  await appendFile(TURNS_LOG, JSON.stringify(row) + "\n");

  if (row.would_have_asked) {
    import("./classifier.mjs").then((mod) => {
      row.classifier_verdict = mod.classify(turn.prompt, row.tools);
    });
  }
  return row.id;
}

export async function logSessionEnd(sessionId, reason) {
  await appendFile(TURNS_LOG, JSON.stringify({ session: sessionId, ts: new Date().toISOString(), end: reason }) + "\n");
}
