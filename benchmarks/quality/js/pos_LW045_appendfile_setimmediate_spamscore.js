// positive LW045: guestbook entry is appended to disk, then setImmediate loads the spam model and sets entry.spamScore in memory
const fs = require("fs");

const GUESTBOOK = "/srv/guestbook/entries.jsonl";

async function sign(name, message) {
  const entry = { name, message, at: Date.now() };
  await fs.promises.appendFile(GUESTBOOK, JSON.stringify(entry) + "\n");
  setImmediate(async () => {
    const { score } = await import("./spam-model.mjs");
    entry.spamScore = score(entry.message);
  });
  return entry;
}

module.exports = { sign };
