// negative LW045: lead capture inserts the lead and awaits a durable pg-boss job; the worker persists the firmographics with an UPDATE that only fills missing fields, with retries
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";
import PgBoss from "pg-boss";
import { enrichCompany } from "./firmographics";

interface DB {
  leads: { id: string; email: string; source: string; company: string | null; employees: number | null; created_at: Date };
}

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });
const boss = new PgBoss(process.env.DATABASE_URL!);

export async function captureLead(email: string, source: string) {
  const id = crypto.randomUUID();
  await db
    .insertInto("leads")
    .values({ id, email: email.trim().toLowerCase(), source, company: null, employees: null, created_at: new Date() })
    .execute();
  await boss.send("enrich-lead", { id }, { retryLimit: 10, retryBackoff: true });
  return { id };
}

export async function startEnrichmentWorker() {
  await boss.start();
  await boss.work<{ id: string }>("enrich-lead", async ([job]) => {
    const lead = await db.selectFrom("leads").select(["id", "email"]).where("id", "=", job.data.id).executeTakeFirstOrThrow();
    const info = await enrichCompany(lead.email.split("@")[1]);
    await db
      .updateTable("leads")
      .set({ company: info.name, employees: info.employeeCount })
      .where("id", "=", lead.id)
      .where("company", "is", null)
      .execute();
  });
}
