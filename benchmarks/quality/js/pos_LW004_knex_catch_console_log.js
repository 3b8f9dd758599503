// positive LW004: awaited Knex upsert with .catch(console.log); the job then marks the import as done
const knex = require("./knex");

async function importPrices(rows, job) {
  for (const row of rows) {
    await knex("prices")
      .insert({ sku: row.sku, price_cents: row.priceCents, currency: row.currency })
      .onConflict("sku")
      .merge()
      .catch(console.log);
  }
  await job.updateProgress(100);
  return { imported: rows.length };
}

module.exports = { importPrices };
