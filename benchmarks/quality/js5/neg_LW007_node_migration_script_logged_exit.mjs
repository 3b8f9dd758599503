// negative LW007: Node data-migration script logs the failing page's id range and the error to stderr before process.exit(1)
import pg from "pg";

const source = new pg.Pool({ connectionString: process.env.SOURCE_URL });
const target = new pg.Pool({ connectionString: process.env.TARGET_URL });

async function copyPage(rows) {
  const client = await target.connect();
  try {
    await client.query("BEGIN");
    for (const r of rows) {
      await client.query("INSERT INTO users (legacy_id, email, created_at, profile) VALUES ($1, $2, $3, $4)", [
        r.id,
        r.email.toLowerCase(),
        r.created_at,
        r.profile,
      ]);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    console.error(`copy failed for legacy_users ${rows[0].id}..${rows[rows.length - 1].id}:`, err);
    process.exit(1);
  } finally {
    client.release();
  }
}

let after = 0;
for (;;) {
  const { rows } = await source.query("SELECT id, email, created_at, profile FROM legacy_users WHERE id > $1 ORDER BY id LIMIT 500", [after]);
  if (rows.length === 0) break;
  await copyPage(rows);
  after = rows[rows.length - 1].id;
}
await Promise.all([source.end(), target.end()]);
