// positive LW006: a better-sqlite3 projector class upserts vault entries; VaultDestroyed deletes the vault in another handler
import Database from "better-sqlite3";

type VaultEvent =
  | { type: "VaultCreated"; vaultId: string; owner: string }
  | { type: "VaultDestroyed"; vaultId: string }
  | { type: "EntryWritten"; entryId: string; vaultId: string; label: string };

export class VaultProjector {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("foreign_keys = ON");
  }

  apply(event: VaultEvent): void {
    const tx = this.db.transaction(() => {
      switch (event.type) {
        case "VaultCreated":
          this.db.prepare("INSERT INTO vaults (id, owner) VALUES (?, ?)").run(event.vaultId, event.owner);
          break;
        case "VaultDestroyed":
          this.db.prepare("DELETE FROM vaults WHERE id = ?").run(event.vaultId);
          break;
        case "EntryWritten":
          this.db
            .prepare(
              "INSERT INTO entries (id, vault_id, label) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET label = excluded.label",
            )
            .run(event.entryId, event.vaultId, event.label);
          break;
      }
    });
    tx();
  }
}
