// positive LW045: an agent turn is appended to turns.jsonl with would_have_asked true, then the lazily imported classifier sets entry.classifier_verdict after the line is on disk
const { appendFile } = require("fs/promises");
const path = require("path");

const LOG = path.join(process.env.LOG_DIR || "./logs", "turns.jsonl");

function summarize(turn) {
  return turn.text.length > 200 ? turn.text.slice(0, 197) + "..." : turn.text;
}

async function recordTurn(turn) {
  const entry = {
    id: turn.id,
    session: turn.sessionId,
    text: summarize(turn),
    would_have_asked: true,
    ts: new Date().toISOString(),
  };
  await appendFile(LOG, JSON.stringify(entry) + "\n");

  const { classify } = await import("./classifier.mjs");
  entry.classifier_verdict = classify(turn.text);
  return entry;
}

module.exports = { recordTurn };
