// positive LW003: crawler checkpoints its frontier by opening the live checkpoint with "w" (truncating it) and writing in place; the fsync does not make it atomic
import { open, readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

const CHECKPOINT = process.env.CRAWL_CHECKPOINT ?? "./data/frontier.checkpoint.json";

async function loadFrontier(seed) {
  try {
    const saved = JSON.parse(await readFile(CHECKPOINT, "utf8"));
    return { queue: saved.queue, seen: new Set(saved.seen) };
  } catch {
    return { queue: [seed], seen: new Set([seed]) };
  }
}

async function checkpoint(state) {
  const fh = await open(CHECKPOINT, "w");
  try {
    await fh.writeFile(JSON.stringify({ queue: state.queue, seen: [...state.seen], at: Date.now() }));
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function crawl(seed, limit) {
  const state = await loadFrontier(seed);
  let fetched = 0;
  while (state.queue.length && fetched < limit) {
    const url = state.queue.shift();
    const html = await fetch(url).then((r) => r.text()).catch(() => "");
    for (const m of html.matchAll(/href="(https?:\/\/[^"#]+)"/g)) {
      if (!state.seen.has(m[1])) {
        state.seen.add(m[1]);
        state.queue.push(m[1]);
      }
    }
    fetched += 1;
    if (fetched % 50 === 0) await checkpoint(state);
    await sleep(200);
  }
  await checkpoint(state);
}

await crawl(process.argv[2] ?? "https://example.com/", Number(process.argv[3] ?? 1000));
