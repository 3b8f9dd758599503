// Negative LW003: job runner stores queue state in SQLite (WAL, transactions) instead of a JSON file.
import Database from "better-sqlite3";

export class QueueState {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.exec("CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, status TEXT NOT NULL, attempts INTEGER NOT NULL)");
  }

  setStatus(id: string, status: string): void {
    const upsert = this.db.prepare(
      "INSERT INTO jobs (id, status, attempts) VALUES (?, ?, 0) ON CONFLICT(id) DO UPDATE SET status = excluded.status",
    );
    this.db.transaction(() => upsert.run(id, status))();
  }

  pending(): string[] {
    return this.db.prepare("SELECT id FROM jobs WHERE status = 'pending'").pluck().all() as string[];
  }
}
