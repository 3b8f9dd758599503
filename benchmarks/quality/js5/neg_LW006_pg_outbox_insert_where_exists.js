// negative LW006: pg Pool outbox relay, the invoice line upsert is INSERT ... SELECT ... WHERE EXISTS (invoice), so a line for a voided invoice is skipped and logged
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.BILLING_DB_URL, max: 5 });

const apply = {
  async "invoice.line_upserted"(client, p) {
    const res = await client.query(
      `INSERT INTO invoice_lines (id, invoice_id, description, amount_cents)
       SELECT $1, $2, $3, $4
       WHERE EXISTS (SELECT 1 FROM invoices WHERE id = $2)
       ON CONFLICT (id) DO UPDATE SET description = EXCLUDED.description, amount_cents = EXCLUDED.amount_cents`,
      [p.lineId, p.invoiceId, p.description, p.amountCents],
    );
    if (res.rowCount === 0) console.warn(`line ${p.lineId} skipped: invoice ${p.invoiceId} no longer exists`);
  },
  async "invoice.voided"(client, p) {
    await client.query("DELETE FROM invoices WHERE id = $1", [p.invoiceId]);
  },
};

async function relayOnce() {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
      "SELECT id, type, payload FROM outbox WHERE relayed_at IS NULL ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED",
    );
    for (const row of rows) {
      const handler = apply[row.type];
      if (handler) await handler(client, row.payload);
      await client.query("UPDATE outbox SET relayed_at = now() WHERE id = $1", [row.id]);
    }
    await client.query("COMMIT");
    return rows.length;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { relayOnce };
