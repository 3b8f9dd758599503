// positive LW003: OAuth CLI overwrites its token cache in place after every refresh
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type Tokens = { accessToken: string; refreshToken: string; expiresAt: number };

const TOKEN_CACHE = path.join(os.homedir(), ".config", "acme-cli", "credentials.json");

export function readTokens(): Tokens | null {
  try {
    return JSON.parse(fs.readFileSync(TOKEN_CACHE, "utf8"));
  } catch {
    return null;
  }
}

export async function refresh(clientId: string, tokens: Tokens): Promise<Tokens> {
  const res = await fetch("https://auth.acme.dev/oauth/token", {
    method: "POST",
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: tokens.refreshToken, client_id: clientId }),
  });
  const body = await res.json();
  const next = { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: Date.now() + body.expires_in * 1000 };
  fs.writeFileSync(TOKEN_CACHE, JSON.stringify(next), { mode: 0o600 });
  return next;
}
