// negative LW003: the watcher keeps its offset in SQLite (a transactional store) rather than a rewritten JSON file
import Database from "better-sqlite3";

export class OffsetStore {
  private readonly db: Database.Database;

  constructor(dbPath: string) {
    this.db = new Database(dbPath);
    this.db.pragma("journal_mode = WAL");
    this.db.exec("CREATE TABLE IF NOT EXISTS offsets (log TEXT PRIMARY KEY, offset INTEGER NOT NULL)");
  }

  get(log: string): number {
    const row = this.db.prepare("SELECT offset FROM offsets WHERE log = ?").get(log) as { offset: number } | undefined;
    return row?.offset ?? 0;
  }

  set(log: string, offset: number): void {
    this.db
      .prepare("INSERT INTO offsets (log, offset) VALUES (?, ?) ON CONFLICT (log) DO UPDATE SET offset = excluded.offset")
      .run(log, offset);
  }
}
