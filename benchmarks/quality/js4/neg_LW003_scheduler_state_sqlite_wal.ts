// negative LW003: cron scheduler keeps its last-run table in SQLite (WAL, better-sqlite3 upserts) instead of rewriting a JSON file
import Database from "better-sqlite3";
import path from "node:path";

const db = new Database(path.join(process.env.DATA_DIR ?? "./data", "scheduler.db"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE IF NOT EXISTS last_run (job TEXT PRIMARY KEY, ran_at INTEGER NOT NULL)");

const getStmt = db.prepare<[string], { ran_at: number }>("SELECT ran_at FROM last_run WHERE job = ?");
const putStmt = db.prepare(
  "INSERT INTO last_run (job, ran_at) VALUES (?, ?) ON CONFLICT(job) DO UPDATE SET ran_at = excluded.ran_at",
);

export function lastRun(job: string): number {
  return getStmt.get(job)?.ran_at ?? 0;
}

export function markRun(job: string, at: Date): void {
  putStmt.run(job, at.getTime());
}

export async function tick(jobs: { name: string; due: (last: number) => boolean; run: () => Promise<void> }[]) {
  for (const job of jobs) {
    if (!job.due(lastRun(job.name))) continue;
    await job.run();
    markRun(job.name, new Date());
  }
}
