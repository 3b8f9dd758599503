// positive LW003: the consumer's cursor file is truncated by createWriteStream and rewritten in place
const fs = require("node:fs");

const CURSOR_FILE = "/var/lib/feed-consumer/cursor.json";

function readCursor() {
  try {
    return JSON.parse(fs.readFileSync(CURSOR_FILE, "utf8")).offset;
  } catch {
    return 0;
  }
}

function persistCursor(offset) {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(CURSOR_FILE);
    out.on("error", reject);
    out.on("finish", resolve);
    out.end(JSON.stringify({ offset, savedAt: Date.now() }));
  });
}

module.exports = { readCursor, persistCursor };
