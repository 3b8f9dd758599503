// negative LW007: nightly rollup script logs the failure with the day and the error through pino's fatal() before exiting with code 1
const { Pool } = require("pg");
const pino = require("pino");

const log = pino({ name: "rollup" });
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function rollupDay(client, day) {
  await client.query("BEGIN");
  await client.query("DELETE FROM daily_revenue WHERE day = $1", [day]);
  await client.query(
    `INSERT INTO daily_revenue (day, merchant_id, gross_cents, orders)
     SELECT $1::date, merchant_id, SUM(total_cents), COUNT(*)
     FROM orders WHERE created_at >= $1::date AND created_at < $1::date + 1
     GROUP BY merchant_id`,
    [day],
  );
  await client.query("COMMIT");
}

const day = process.argv[2] || new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function main() {
  const client = await pool.connect();
  try {
    await rollupDay(client, day);
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch((err) => {
  log.fatal({ err, day, table: "daily_revenue" }, "daily revenue rollup failed");
  process.exit(1);
});
