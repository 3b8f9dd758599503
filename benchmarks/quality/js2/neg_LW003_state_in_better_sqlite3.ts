// negative LW003: the job runner keeps its state in SQLite (WAL, synchronous=FULL) instead of rewriting a state file
import Database from "better-sqlite3";

const db = new Database(process.env.RUNNER_DB ?? "/var/lib/runner/state.db");
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)");

const upsert = db.prepare(
  "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
);

export function completeJob(jobId: number): void {
  upsert.run("lastJobId", String(jobId));
}

export function lastJobId(): number {
  const row = db.prepare("SELECT value FROM state WHERE key = 'lastJobId'").get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}
