// positive LW006: pg Pool outbox relay, "invoice.line_upserted" does INSERT ... ON CONFLICT into invoice_lines with no check, while "invoice.voided" deletes the invoice and cascades its lines
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.BILLING_DB_URL, max: 5 });

const apply = {
  async "invoice.opened"(client, p) {
    await client.query("INSERT INTO invoices (id, account_id, currency, opened_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING", [
      p.invoiceId,
      p.accountId,
      p.currency,
      p.at,
    ]);
  },
  async "invoice.line_upserted"(client, p) {
    await client.query(
      `INSERT INTO invoice_lines (id, invoice_id, description, amount_cents)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET description = EXCLUDED.description, amount_cents = EXCLUDED.amount_cents`,
      [p.lineId, p.invoiceId, p.description, p.amountCents],
    );
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
