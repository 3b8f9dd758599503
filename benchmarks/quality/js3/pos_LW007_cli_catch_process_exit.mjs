// Positive LW007: import CLI exits with status 1 when the knex batch insert fails, without printing what failed.
import { readFile } from "node:fs/promises";
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });

async function loadContacts(file) {
  const rows = JSON.parse(await readFile(file, "utf8"));
  return rows.map((r) => ({ email: r.email.toLowerCase(), name: r.name, list_id: r.list }));
}

const contacts = await loadContacts(process.argv[2]);
try {
  await knex.batchInsert("contacts", contacts, 500);
} catch {
  process.exit(1);
}
await knex.destroy();
console.log(`imported ${contacts.length} contacts`);
