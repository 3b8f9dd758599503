// negative LW006: the better-sqlite3 projector checks SELECT 1 FROM vaults inside the transaction before upserting the entry
import Database from "better-sqlite3";

export class VaultProjector {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("foreign_keys = ON");
  }

  entryWritten(e: { entryId: string; vaultId: string; label: string }): void {
    this.db.transaction(() => {
      const vault = this.db.prepare("SELECT 1 FROM vaults WHERE id = ?").get(e.vaultId);
      if (!vault) {
        console.warn(`vault ${e.vaultId} destroyed; entry ${e.entryId} not projected`);
        return;
      }
      this.db
        .prepare("INSERT INTO entries (id, vault_id, label) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET label = excluded.label")
        .run(e.entryId, e.vaultId, e.label);
    })();
  }

  vaultDestroyed(e: { vaultId: string }): void {
    this.db.prepare("DELETE FROM vaults WHERE id = ?").run(e.vaultId);
  }
}
