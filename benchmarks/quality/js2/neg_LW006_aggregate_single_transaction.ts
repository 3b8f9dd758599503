// negative LW006: an invoice and its lines are written by one writer in one transaction, parent first
import type { Pool } from "pg";

export async function saveInvoice(
  pool: Pool,
  invoice: { id: string; customer: string; lines: { n: number; amount: number }[] },
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      "INSERT INTO invoices (id, customer) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET customer = EXCLUDED.customer",
      [invoice.id, invoice.customer],
    );
    for (const line of invoice.lines) {
      await client.query(
        "INSERT INTO invoice_lines (invoice_id, n, amount) VALUES ($1, $2, $3) ON CONFLICT (invoice_id, n) DO UPDATE SET amount = EXCLUDED.amount",
        [invoice.id, line.n, line.amount],
      );
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
