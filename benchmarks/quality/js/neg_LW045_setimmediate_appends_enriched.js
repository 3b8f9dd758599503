// negative LW045: the enriched copy is written again (a second appended line) inside the callback, and failures are logged
const fs = require("fs");

const GUESTBOOK = "/srv/guestbook/entries.jsonl";

async function sign(name, message) {
  const entry = { name, message, at: Date.now() };
  await fs.promises.appendFile(GUESTBOOK, JSON.stringify(entry) + "\n");
  setImmediate(async () => {
    try {
      const { score } = await import("./spam-model.mjs");
      const scored = { ...entry, spamScore: score(entry.message), revision: 2 };
      await fs.promises.appendFile(GUESTBOOK, JSON.stringify(scored) + "\n");
    } catch (err) {
      console.error("spam scoring failed", err);
    }
  });
  return entry;
}

module.exports = { sign };
