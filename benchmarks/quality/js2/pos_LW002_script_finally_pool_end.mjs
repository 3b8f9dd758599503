// positive LW002: a nightly rollup script starts the INSERT without awaiting it and the finally block ends the pool under it
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.REPORTS_URL });

async function rollup(day) {
  try {
    const { rows } = await pool.query("SELECT count(*) AS n FROM payments WHERE paid_at::date = $1", [day]);
    console.log(`${day}: ${rows[0].n} payments`);
    const pending = pool.query(
      `INSERT INTO daily_revenue (day, total)
       SELECT $1::date, coalesce(sum(amount), 0) FROM payments WHERE paid_at::date = $1::date
       ON CONFLICT (day) DO UPDATE SET total = excluded.total`,
      [day],
    );
    pending.then(() => console.log("rollup stored"), (err) => console.error("rollup failed", err));
  } finally {
    await pool.end();
  }
}

rollup(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
