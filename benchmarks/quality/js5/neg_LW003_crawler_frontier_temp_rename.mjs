// negative LW003: crawler checkpoints its frontier to a temp file opened with "wx", fsyncs it, renames it over the checkpoint and fsyncs the directory
import { open, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { randomUUID } from "node:crypto";

const CHECKPOINT = process.env.CRAWL_CHECKPOINT ?? "./data/frontier.checkpoint.json";

export async function loadFrontier(seed) {
  try {
    const saved = JSON.parse(await readFile(CHECKPOINT, "utf8"));
    return { queue: saved.queue, seen: new Set(saved.seen) };
  } catch {
    return { queue: [seed], seen: new Set([seed]) };
  }
}

export async function checkpoint(state) {
  const dir = dirname(CHECKPOINT);
  const tmp = join(dir, `.${basename(CHECKPOINT)}.${randomUUID()}.tmp`);
  const fh = await open(tmp, "wx");
  try {
    await fh.writeFile(JSON.stringify({ queue: state.queue, seen: [...state.seen], at: Date.now() }));
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  await rename(tmp, CHECKPOINT);
  const dh = await open(dir, "r");
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}
