// positive LW045: the lead row is inserted, then enrichment results are Object.assign()ed onto the row in a .then() and never stored
import type { Knex } from "knex";
import { enrichCompany } from "./clearbit";

export async function captureLead(knex: Knex, email: string, company: string) {
  const row: Record<string, unknown> = { id: crypto.randomUUID(), email, company, created_at: new Date() };
  await knex("leads").insert(row);
  enrichCompany(company).then((extra) => {
    Object.assign(row, { industry: extra.industry, employees: extra.employees });
  });
  return row.id;
}
