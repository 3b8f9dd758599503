// positive LW004: the caller wraps a local helper that inserts the audit row in try/catch that only logs at debug, then returns normally
import type { Pool } from "pg";
import debug from "debug";

const log = debug("billing:audit");

async function writeAudit(pool: Pool, invoiceId: string, action: string) {
  await pool.query("INSERT INTO invoice_audit (invoice_id, action, at) VALUES ($1, $2, now())", [invoiceId, action]);
}

export async function voidInvoice(pool: Pool, invoiceId: string) {
  await pool.query("UPDATE invoices SET status = 'void' WHERE id = $1", [invoiceId]);
  try {
    await writeAudit(pool, invoiceId, "void");
  } catch (err) {
    log("audit write failed %o", err);
  }
  return { invoiceId, status: "void" };
}
