// negative LW007: CSV import script logs the failed batch (first/last SKU, row count, error and stack) on stderr before process.exit(1)
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import knexFactory from "knex";

const knex = knexFactory({ client: "mysql2", connection: process.env.DATABASE_URL });
const BATCH = 1000;

async function flush(rows, batchNo) {
  try {
    await knex.transaction(async (trx) => {
      await trx("products").insert(rows).onConflict("sku").merge();
    });
  } catch (err) {
    console.error(
      `import failed at batch ${batchNo} (${rows.length} rows, skus ${rows[0]?.sku}..${rows.at(-1)?.sku}):`,
      err,
    );
    await knex.destroy();
    process.exit(1);
  }
}

const parser = createReadStream(process.argv[2]).pipe(parse({ columns: true }));
let rows = [];
let batchNo = 0;
for await (const record of parser) {
  rows.push({ sku: record.SKU, title: record.Title, price_cents: Math.round(Number(record.Price) * 100) });
  if (rows.length === BATCH) {
    await flush(rows, ++batchNo);
    rows = [];
  }
}
if (rows.length) await flush(rows, ++batchNo);
await knex.destroy();
