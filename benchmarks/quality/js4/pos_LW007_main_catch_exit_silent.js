// positive LW007: nightly rollup script's main() writes the daily aggregates and is run as main().catch(() => process.exit(1)), so a failed write exits without any log line
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function rollupDay(client, day) {
  await client.query("BEGIN");
  await client.query("DELETE FROM daily_revenue WHERE day = $1", [day]);
  await client.query(
    `INSERT INTO daily_revenue (day, merchant_id, gross_cents, refunds_cents, orders)
     SELECT $1::date, merchant_id, SUM(total_cents), SUM(refunded_cents), COUNT(*)
     FROM orders WHERE created_at >= $1::date AND created_at < $1::date + 1
     GROUP BY merchant_id`,
    [day],
  );
  await client.query("COMMIT");
}

async function main() {
  const day = process.argv[2] || new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const client = await pool.connect();
  try {
    await rollupDay(client, day);
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch(() => process.exit(1));
