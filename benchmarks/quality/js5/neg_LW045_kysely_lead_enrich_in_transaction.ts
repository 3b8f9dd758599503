// negative LW045: lead capture inserts the lead and fills in the firmographics inside one Kysely transaction, awaiting the enrichment before the commit, so the stored row is complete
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";
import { enrichCompany } from "./firmographics";

interface DB {
  leads: { id: string; email: string; source: string; company: string | null; employees: number | null; created_at: Date };
}

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });

export async function captureLead(email: string, source: string) {
  const normalised = email.trim().toLowerCase();
  return db.transaction().execute(async (trx) => {
    const id = crypto.randomUUID();
    await trx
      .insertInto("leads")
      .values({ id, email: normalised, source, company: null, employees: null, created_at: new Date() })
      .execute();

    const info = await enrichCompany(normalised.split("@")[1]);
    await trx
      .updateTable("leads")
      .set({ company: info.name, employees: info.employeeCount })
      .where("id", "=", id)
      .execute();

    return { id, company: info.name };
  });
}
