// positive LW002: nightly backfill script fires one UPDATE per row without awaiting them, then awaits client.end(), closing the connection under the queued writes
import pg from "pg";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

function normalizePhone(raw) {
  const digits = String(raw ?? "").replace(/\D+/g, "");
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith("1")) return `+${digits}`;
  return null;
}

async function main() {
  await client.connect();
  const { rows } = await client.query("SELECT id, phone FROM customers WHERE phone_e164 IS NULL LIMIT 5000");

  let queued = 0;
  for (const row of rows) {
    const e164 = normalizePhone(row.phone);
    if (!e164) continue;
    client
      .query("UPDATE customers SET phone_e164 = $1 WHERE id = $2", [e164, row.id])
      .catch((err) => console.warn(`customer ${row.id}: ${err.message}`));
    queued += 1;
  }

  console.log(`queued ${queued} updates`);
  await client.end();
}

main();
