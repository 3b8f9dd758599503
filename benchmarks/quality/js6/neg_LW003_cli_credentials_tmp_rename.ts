// negative LW003: fixed form: the CLI config file is written through a FileHandle on a temp path, synced, renamed over the target and the directory is fsynced
import { open, rename, rm, mkdir, readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";

export interface StoredConfig {
  profile: string;
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

const configDir = path.join(os.homedir(), ".config", "shipctl");
const configFile = path.join(configDir, "config.json");

export async function readConfig(): Promise<StoredConfig | null> {
  try {
    return JSON.parse(await readFile(configFile, "utf8")) as StoredConfig;
  } catch {
    return null;
  }
}

export async function writeConfig(config: StoredConfig): Promise<void> {
  await mkdir(configDir, { recursive: true, mode: 0o700 });
  const tmp = path.join(configDir, `.config.${randomUUID()}.tmp`);
  const handle = await open(tmp, "wx", 0o600);
  try {
    await handle.writeFile(JSON.stringify(config, null, 2) + "\n");
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  await rename(tmp, configFile);
  const dir = await open(configDir, "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
