// positive LW007: a backfill script wraps each batch of pg writes in try/catch and calls process.exit(1) with no log line naming the batch or the error
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const BATCH = 500;

async function nextBatch(client, afterId) {
  const { rows } = await client.query(
    "SELECT id, first_name, last_name FROM customers WHERE id > $1 AND display_name IS NULL ORDER BY id LIMIT $2",
    [afterId, BATCH],
  );
  return rows;
}

async function writeBatch(client, rows) {
  await client.query("BEGIN");
  for (const r of rows) {
    await client.query("UPDATE customers SET display_name = $2 WHERE id = $1", [r.id, `${r.first_name} ${r.last_name}`.trim()]);
  }
  await client.query("COMMIT");
}

async function main() {
  const client = await pool.connect();
  let afterId = 0;
  let total = 0;
  try {
    for (;;) {
      const rows = await nextBatch(client, afterId);
      if (rows.length === 0) break;
      try {
        await writeBatch(client, rows);
      } catch {
        process.exit(1);
      }
      afterId = rows[rows.length - 1].id;
      total += rows.length;
    }
  } finally {
    client.release();
  }
  console.log(`backfilled ${total} customers`);
  await pool.end();
}

await main();
