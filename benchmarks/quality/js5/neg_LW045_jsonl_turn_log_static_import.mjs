// negative LW045: chat turn logger imports the pure sentiment scorer at module load and sets entry.sentiment before appending the line
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { score } from "./sentiment.mjs";

const LOG_PATH = process.env.TURN_LOG ?? "./var/turns.jsonl";
await mkdir(dirname(LOG_PATH), { recursive: true });

let turnCounter = 0;

function redact(text) {
  return text.replace(/\b\d{13,19}\b/g, "[card]").replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, "[email]");
}

export async function logTurn(sessionId, role, text) {
  const entry = {
    id: `${sessionId}:${++turnCounter}`,
    sessionId,
    role,
    text: redact(text),
    at: new Date().toISOString(),
    needs_review: role === "user" && text.length > 400,
  };
  entry.sentiment = score(entry.text);
  await appendFile(LOG_PATH, JSON.stringify(entry) + "\n");
  return entry.id;
}
