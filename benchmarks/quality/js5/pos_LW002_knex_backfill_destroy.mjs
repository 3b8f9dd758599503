// positive LW002: plain Node backfill script, the progress marker update is fired per batch without await and knex.destroy() tears the pool down at the end
import knexFactory from "knex";

const knex = knexFactory({
  client: "pg",
  connection: process.env.DATABASE_URL,
  pool: { min: 0, max: 4 },
});

const BATCH = 1000;

async function backfillBatch(afterId) {
  const rows = await knex("orders").select("id", "total_cents", "tax_cents").where("id", ">", afterId).whereNull("net_cents").orderBy("id").limit(BATCH);
  if (rows.length === 0) return null;
  await knex.transaction(async (trx) => {
    for (const row of rows) {
      await trx("orders").where({ id: row.id }).update({ net_cents: row.total_cents - row.tax_cents });
    }
  });
  return rows[rows.length - 1].id;
}

function saveProgress(lastId) {
  return knex("backfill_progress")
    .insert({ job: "orders_net_cents", last_id: lastId, updated_at: knex.fn.now() })
    .onConflict("job")
    .merge();
}

async function main() {
  const start = await knex("backfill_progress").where({ job: "orders_net_cents" }).first();
  let cursor = start ? start.last_id : 0;
  for (;;) {
    const next = await backfillBatch(cursor);
    if (next === null) break;
    cursor = next;
    saveProgress(cursor);
    console.log(`backfilled up to ${cursor}`);
  }
  await knex.destroy();
}

await main();
