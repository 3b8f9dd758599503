// positive LW007: CSV import script wraps the knex batch insert in try/catch and calls process.exit(1) in the catch without logging which batch or error
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import knexFactory from "knex";

const knex = knexFactory({ client: "mysql2", connection: process.env.DATABASE_URL });
const BATCH = 1000;

function toRow(record) {
  return {
    sku: record.SKU,
    title: record.Title,
    price_cents: Math.round(Number(record.Price) * 100),
    updated_at: new Date(),
  };
}

async function flush(rows) {
  try {
    await knex.transaction(async (trx) => {
      await trx("products").insert(rows).onConflict("sku").merge();
    });
  } catch {
    process.exit(1);
  }
}

const parser = createReadStream(process.argv[2]).pipe(parse({ columns: true }));
let rows = [];
let total = 0;
for await (const record of parser) {
  rows.push(toRow(record));
  if (rows.length === BATCH) {
    await flush(rows);
    total += rows.length;
    rows = [];
  }
}
if (rows.length) {
  await flush(rows);
  total += rows.length;
}
console.log(`imported ${total} products`);
await knex.destroy();
