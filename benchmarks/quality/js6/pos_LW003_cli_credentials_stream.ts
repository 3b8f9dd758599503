// positive LW003: CLI login writes the credentials/config file through createWriteStream on the live path, truncating it before the new tokens are written
import { createWriteStream, readFileSync, mkdirSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";

export interface StoredConfig {
  profile: string;
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  apiBase: string;
}

const configDir = path.join(os.homedir(), ".config", "shipctl");
const configFile = path.join(configDir, "config.json");

export function readConfig(): StoredConfig | null {
  try {
    return JSON.parse(readFileSync(configFile, "utf8")) as StoredConfig;
  } catch {
    return null;
  }
}

export async function writeConfig(config: StoredConfig): Promise<void> {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const out = createWriteStream(configFile, { mode: 0o600 });
  out.write(JSON.stringify(config, null, 2));
  out.end("\n");
  await once(out, "finish");
}

export async function login(apiBase: string, code: string): Promise<StoredConfig> {
  const res = await fetch(`${apiBase}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  const t = (await res.json()) as { access_token: string; refresh_token: string; expires_in: number };
  const config: StoredConfig = {
    profile: "default",
    accessToken: t.access_token,
    refreshToken: t.refresh_token,
    expiresAt: Date.now() + t.expires_in * 1000,
    apiBase,
  };
  await writeConfig(config);
  return config;
}
