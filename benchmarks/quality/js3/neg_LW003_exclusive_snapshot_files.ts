// Negative LW003: every snapshot is a new file opened with the "wx" flag; readers pick the newest one that parses.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export async function writeSnapshot(dir: string, state: unknown): Promise<string> {
  const file = path.join(dir, `snapshot-${Date.now()}-${process.pid}.json`);
  await writeFile(file, JSON.stringify(state), { flag: "wx" });
  return file;
}

export async function latestSnapshot<T>(dir: string): Promise<T | null> {
  const names = (await readdir(dir)).filter((n) => n.startsWith("snapshot-")).sort().reverse();
  for (const name of names) {
    try {
      return JSON.parse(await readFile(path.join(dir, name), "utf8")) as T;
    } catch {
      continue;
    }
  }
  return null;
}
