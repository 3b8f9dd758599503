// negative LW002: nightly backfill script collects every UPDATE promise and awaits Promise.all before client.end()
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
  try {
    const { rows } = await client.query("SELECT id, phone FROM customers WHERE phone_e164 IS NULL LIMIT 5000");
    const updates = [];
    for (const row of rows) {
      const e164 = normalizePhone(row.phone);
      if (e164) {
        updates.push(client.query("UPDATE customers SET phone_e164 = $1 WHERE id = $2", [e164, row.id]));
      }
    }
    await Promise.all(updates);
    console.log(`updated ${updates.length} customers`);
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error("backfill failed", err);
  process.exitCode = 1;
});
