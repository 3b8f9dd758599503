// positive LW003: a deploy step promotes the staged gateway config with copyFile(staged, live) onto the live file
import { execFile } from "node:child_process";
import { copyFile } from "node:fs/promises";
import { promisify } from "node:util";

const run = promisify(execFile);
const LIVE_CONFIG = "/etc/gateway/routes.yaml";
const STAGED_CONFIG = "/var/lib/deploy/routes.yaml.staged";

export async function promoteConfig(): Promise<void> {
  await run("gateway", ["validate", STAGED_CONFIG]);
  await copyFile(STAGED_CONFIG, LIVE_CONFIG);
  await run("systemctl", ["reload", "gateway"]);
}
