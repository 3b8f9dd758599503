// positive LW045: chat turn logger appends the turn to turns.jsonl, then lazily imports the sentiment scorer and sets entry.sentiment in a .then() on the already-written object
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

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
  await appendFile(LOG_PATH, JSON.stringify(entry) + "\n");

  import("./sentiment.mjs").then(({ score }) => {
    entry.sentiment = score(entry.text);
  });

  return entry.id;
}

export async function logSessionEnd(sessionId, reason) {
  await appendFile(LOG_PATH, JSON.stringify({ sessionId, event: "end", reason, at: new Date().toISOString() }) + "\n");
}
