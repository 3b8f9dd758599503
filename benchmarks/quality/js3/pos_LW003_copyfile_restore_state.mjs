// Positive LW003: restore command copies a backup straight over the live queue-state file.
import { copyFile, readFile } from "node:fs/promises";
import process from "node:process";

const LIVE_STATE = "/var/lib/jobrunner/queue-state.json";

async function validate(backup) {
  const data = JSON.parse(await readFile(backup, "utf8"));
  if (!Array.isArray(data.jobs)) throw new Error(`${backup} is not a queue-state backup`);
  return data.jobs.length;
}

const backup = process.argv[2];
const jobs = await validate(backup);
await copyFile(backup, LIVE_STATE);
console.log(`restored ${jobs} jobs from ${backup}`);
