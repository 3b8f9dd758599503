// positive LW001: Kysely CSV import, the per-row inserts are mapped into promises that nobody collects or awaits before the job reports success
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";
import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";

interface DB {
  contacts: { id?: number; email: string; name: string; list_id: string; imported_at: Date };
  import_jobs: { id: string; status: string; rows: number; finished_at: Date | null };
}

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });

function normalise(row: Record<string, string>) {
  return { email: row.email.trim().toLowerCase(), name: (row.name ?? "").trim() };
}

export async function runImport(jobId: string, listId: string, csvPath: string): Promise<number> {
  const rows = parse(await readFile(csvPath), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const valid = rows.map(normalise).filter((r) => r.email.includes("@"));

  valid.map((r) =>
    db
      .insertInto("contacts")
      .values({ ...r, list_id: listId, imported_at: new Date() })
      .onConflict((oc) => oc.columns(["email", "list_id"]).doNothing())
      .execute(),
  );

  await db
    .updateTable("import_jobs")
    .set({ status: "done", rows: valid.length, finished_at: new Date() })
    .where("id", "=", jobId)
    .execute();
  return valid.length;
}
