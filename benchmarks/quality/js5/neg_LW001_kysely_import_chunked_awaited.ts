// negative LW001: Kysely CSV import, rows are inserted in awaited chunks inside a transaction before the job is marked done
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

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function runImport(jobId: string, listId: string, csvPath: string): Promise<number> {
  const rows = parse(await readFile(csvPath), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const valid = rows.map(normalise).filter((r) => r.email.includes("@"));

  await db.transaction().execute(async (trx) => {
    for (const part of chunk(valid, 500)) {
      await trx
        .insertInto("contacts")
        .values(part.map((r) => ({ ...r, list_id: listId, imported_at: new Date() })))
        .onConflict((oc) => oc.columns(["email", "list_id"]).doNothing())
        .execute();
    }
    await trx
      .updateTable("import_jobs")
      .set({ status: "done", rows: valid.length, finished_at: new Date() })
      .where("id", "=", jobId)
      .execute();
  });
  return valid.length;
}
