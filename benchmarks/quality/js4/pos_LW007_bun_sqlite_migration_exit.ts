// positive LW007: Bun maintenance script applies the tenant data migration in a bun:sqlite transaction and exits with code 3 on failure, printing nothing about the tenant or the error
import { Database } from "bun:sqlite";

const tenants = process.argv.slice(2);

function migrateTenant(path: string): number {
  const db = new Database(path);
  db.exec("PRAGMA foreign_keys = ON");
  const rows = db.query<{ id: number; settings: string }, []>("SELECT id, settings FROM workspaces").all();
  const update = db.prepare("UPDATE workspaces SET settings = ?1, schema_version = 7 WHERE id = ?2");
  const apply = db.transaction((items: { id: number; settings: string }[]) => {
    for (const row of items) {
      const settings = JSON.parse(row.settings) as Record<string, unknown>;
      settings.notifications = settings.notifications ?? { email: true, push: false };
      delete settings.legacyNotify;
      update.run(JSON.stringify(settings), row.id);
    }
  });
  try {
    apply(rows);
  } catch {
    process.exit(3);
  } finally {
    db.close();
  }
  return rows.length;
}

let total = 0;
for (const tenant of tenants) {
  total += migrateTenant(`/srv/tenants/${tenant}/app.db`);
}
console.log(`migrated ${total} workspaces in ${tenants.length} tenants`);
