// Negative LW007: import CLI prints which file and how many contacts failed, with the error, before exiting 1.
import { readFile } from "node:fs/promises";
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const file = process.argv[2];
const contacts = JSON.parse(await readFile(file, "utf8"));

try {
  await knex.batchInsert("contacts", contacts, 500);
} catch (err) {
  console.error(`import of ${contacts.length} contacts from ${file} failed:`, err);
  await knex.destroy();
  process.exit(1);
}
await knex.destroy();
