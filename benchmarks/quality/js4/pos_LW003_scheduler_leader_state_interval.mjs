// positive LW003: cron scheduler stores its last-run table in scheduler-state.json, rewritten in place with writeFileSync from a setInterval tick and read back at startup
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import cronParser from "cron-parser";

const DATA_DIR = process.env.DATA_DIR ?? "./data";
const STATE_FILE = join(DATA_DIR, "scheduler-state.json");

const jobs = [
  { name: "purge-sessions", cron: "*/15 * * * *", run: () => fetch("http://api:8080/internal/purge-sessions", { method: "POST" }) },
  { name: "nightly-report", cron: "0 2 * * *", run: () => fetch("http://api:8080/internal/reports/nightly", { method: "POST" }) },
];

function loadLastRuns() {
  if (!existsSync(STATE_FILE)) return {};
  return JSON.parse(readFileSync(STATE_FILE, "utf8"));
}

const lastRuns = loadLastRuns();

function isDue(job, now) {
  const prev = cronParser.parseExpression(job.cron, { currentDate: now }).prev().getTime();
  return (lastRuns[job.name] ?? 0) < prev;
}

setInterval(async () => {
  const now = new Date();
  for (const job of jobs) {
    if (!isDue(job, now)) continue;
    try {
      await job.run();
      lastRuns[job.name] = now.getTime();
    } catch (err) {
      console.error(`job ${job.name} failed`, err);
    }
  }
  writeFileSync(STATE_FILE, JSON.stringify(lastRuns));
}, 30_000);
