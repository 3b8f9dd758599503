// negative LW003: kafkajs mirror saves checkpoint.json through a same-directory temp file, fsync, rename over the target and a directory fsync
import { open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";

const STATE_DIR = process.env.STATE_DIR ?? "/var/lib/mirror";
const CHECKPOINT = path.join(STATE_DIR, "checkpoint.json");

export type Checkpoint = Record<string, Record<number, string>>;

export async function loadCheckpoint(): Promise<Checkpoint> {
  try {
    return JSON.parse(await readFile(CHECKPOINT, "utf8")) as Checkpoint;
  } catch {
    return {};
  }
}

export async function saveCheckpoint(cp: Checkpoint): Promise<void> {
  const tmp = path.join(STATE_DIR, `.checkpoint.${process.pid}.${randomUUID()}.tmp`);
  const fh = await open(tmp, "w", 0o600);
  try {
    await fh.writeFile(JSON.stringify(cp, null, 2));
    await fh.sync();
  } catch (err) {
    await fh.close();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fh.close();
  await rename(tmp, CHECKPOINT);
  const dir = await open(STATE_DIR, "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
