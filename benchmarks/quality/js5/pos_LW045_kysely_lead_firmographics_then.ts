// positive LW045: lead capture inserts the lead with Kysely, then enrichCompany(...).then() copies company and employee count onto the in-memory lead object, never onto the row
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";
import { enrichCompany } from "./firmographics";

interface DB {
  leads: {
    id: string;
    email: string;
    source: string;
    company: string | null;
    employees: number | null;
    created_at: Date;
  };
}

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });

export async function captureLead(email: string, source: string) {
  const lead: DB["leads"] = {
    id: crypto.randomUUID(),
    email: email.trim().toLowerCase(),
    source,
    company: null,
    employees: null,
    created_at: new Date(),
  };
  await db.insertInto("leads").values(lead).execute();

  enrichCompany(lead.email.split("@")[1]).then((info) => {
    lead.company = info.name;
    lead.employees = info.employeeCount;
  });

  return lead;
}

export async function leadsWithoutCompany(limit = 100) {
  return db.selectFrom("leads").selectAll().where("company", "is", null).limit(limit).execute();
}
