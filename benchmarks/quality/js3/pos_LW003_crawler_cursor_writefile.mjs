// Positive LW003: sitemap crawler checkpoints its cursor with fs/promises writeFile over the live file.
import { readFile, writeFile } from "node:fs/promises";

const CURSOR_FILE = new URL("./.crawl-cursor.json", import.meta.url);

export async function loadCursor() {
  try {
    return JSON.parse(await readFile(CURSOR_FILE, "utf8"));
  } catch (err) {
    if (err.code === "ENOENT") return { queue: [], done: [] };
    throw err;
  }
}

export async function checkpoint(cursor) {
  await writeFile(CURSOR_FILE, JSON.stringify(cursor));
}

export async function crawl(fetchPage, limit = 500) {
  const cursor = await loadCursor();
  let n = 0;
  while (cursor.queue.length && n < limit) {
    const url = cursor.queue.shift();
    const links = await fetchPage(url);
    cursor.done.push(url);
    cursor.queue.push(...links.filter((l) => !cursor.done.includes(l)));
    if (++n % 25 === 0) await checkpoint(cursor);
  }
  await checkpoint(cursor);
}
