// positive LW007: Node data-migration script copies rows with pg Pool and on any insert failure calls process.exit(1) from the catch without logging which row or why
import pg from "pg";

const source = new pg.Pool({ connectionString: process.env.SOURCE_URL });
const target = new pg.Pool({ connectionString: process.env.TARGET_URL });

async function* pages(size = 500) {
  let after = 0;
  for (;;) {
    const { rows } = await source.query("SELECT id, email, created_at, profile FROM legacy_users WHERE id > $1 ORDER BY id LIMIT $2", [after, size]);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}

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
  } catch {
    await client.query("ROLLBACK").catch(() => {});
    process.exit(1);
  } finally {
    client.release();
  }
}

let copied = 0;
for await (const rows of pages()) {
  await copyPage(rows);
  copied += rows.length;
  process.stdout.write(`\rcopied ${copied}`);
}
await Promise.all([source.end(), target.end()]);
