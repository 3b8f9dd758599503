// negative LW002: the rollup script awaits the INSERT inside try; the finally ends the pool only afterwards
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.REPORTS_URL });

async function rollup(day) {
  try {
    await pool.query(
      `INSERT INTO daily_revenue (day, total)
       SELECT $1::date, coalesce(sum(amount), 0) FROM payments WHERE paid_at::date = $1::date
       ON CONFLICT (day) DO UPDATE SET total = excluded.total`,
      [day],
    );
    console.log("rollup stored");
  } finally {
    await pool.end();
  }
}

await rollup(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
