// negative LW045: agent turn logger imports the pure classifier at module load and sets classifier_verdict before appending the row to turns.jsonl
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { classify } from "./classifier.mjs";

const TURNS_LOG = path.join(process.env.AGENT_LOG_DIR ?? "./logs", "turns.jsonl");

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
  if (row.would_have_asked) {
    row.classifier_verdict = classify(turn.prompt, row.tools);
  }
  await appendFile(TURNS_LOG, JSON.stringify(row) + "\n");
  return row.id;
}
