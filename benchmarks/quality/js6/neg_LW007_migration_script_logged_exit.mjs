// negative LW007: the backfill script logs the failing batch range and the error to stderr before exiting with status 1
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const BATCH = 500;

async function writeBatch(client, rows) {
  await client.query("BEGIN");
  try {
    for (const r of rows) {
      await client.query("UPDATE customers SET display_name = $2 WHERE id = $1", [r.id, `${r.first_name} ${r.last_name}`.trim()]);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
}

async function main() {
  const client = await pool.connect();
  let afterId = 0;
  try {
    for (;;) {
      const { rows } = await client.query(
        "SELECT id, first_name, last_name FROM customers WHERE id > $1 AND display_name IS NULL ORDER BY id LIMIT $2",
        [afterId, BATCH],
      );
      if (rows.length === 0) break;
      try {
        await writeBatch(client, rows);
      } catch (err) {
        console.error(
          `backfill failed for customers ${rows[0].id}..${rows[rows.length - 1].id}; resume with AFTER_ID=${afterId}`,
          err,
        );
        process.exit(1);
      }
      afterId = rows[rows.length - 1].id;
    }
  } finally {
    client.release();
  }
  await pool.end();
}

await main();
