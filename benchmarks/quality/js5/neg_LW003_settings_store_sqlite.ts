// negative LW003: SettingsStore class keeps agent settings in a better-sqlite3 table (WAL, one transaction per update) instead of rewriting a settings file
import Database from "better-sqlite3";
import path from "node:path";
import { EventEmitter } from "node:events";

export interface AgentSettings {
  serverUrl: string;
  enrollmentToken: string | null;
  pollSeconds: number;
  tags: string[];
}

const DEFAULTS: AgentSettings = { serverUrl: "https://fleet.example.com", enrollmentToken: null, pollSeconds: 60, tags: [] };

export class SettingsStore extends EventEmitter {
  private readonly db: Database.Database;

  constructor(dir: string) {
    super();
    this.db = new Database(path.join(dir, "agent.db"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.exec("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
  }

  load(): AgentSettings {
    const rows = this.db.prepare("SELECT key, value FROM settings").all() as { key: string; value: string }[];
    const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
    return { ...DEFAULTS, ...stored };
  }

  update(patch: Partial<AgentSettings>): void {
    const upsert = this.db.prepare(
      "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    );
    const apply = this.db.transaction((entries: [string, unknown][]) => {
      for (const [k, v] of entries) upsert.run(k, JSON.stringify(v));
    });
    apply(Object.entries(patch));
    this.emit("changed", this.load());
  }
}
