// negative LW003: the CLI config is saved with write-file-atomic (temp file, fsync, rename), never rewritten in place
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";

const CONFIG_FILE = path.join(os.homedir(), ".config", "shipit", "config.json");

export async function saveToken(profile: string, token: string): Promise<void> {
  let config: { profiles?: Record<string, { token: string }> } = {};
  try {
    config = JSON.parse(await readFile(CONFIG_FILE, "utf8"));
  } catch {
    config = {};
  }
  config.profiles = { ...config.profiles, [profile]: { token } };
  await writeFileAtomic(CONFIG_FILE, JSON.stringify(config, null, 2), { fsync: true, mode: 0o600 });
}
