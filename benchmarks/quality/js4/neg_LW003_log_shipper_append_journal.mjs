// negative LW003: log shipper records each shipped range by appending one JSON line to an append-only journal and never rewrites it
import { appendFile, readFile } from "node:fs/promises";

const JOURNAL = process.env.SHIPPER_JOURNAL ?? "/var/lib/shipper/shipped.jsonl";

export async function lastOffsets() {
  const offsets = {};
  let text = "";
  try {
    text = await readFile(JOURNAL, "utf8");
  } catch {
    return offsets;
  }
  for (const line of text.split("\n")) {
    if (!line) continue;
    try {
      const entry = JSON.parse(line);
      offsets[entry.file] = entry.to;
    } catch {
      // a torn last line from a crash: ignore it, the range is shipped again
    }
  }
  return offsets;
}

export async function recordShipped(file, from, to) {
  await appendFile(JOURNAL, JSON.stringify({ file, from, to, at: new Date().toISOString() }) + "\n", {
    flag: "a",
  });
}
