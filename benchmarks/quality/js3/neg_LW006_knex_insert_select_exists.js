// Negative LW006: invoice line projection inserts via INSERT ... SELECT ... WHERE EXISTS (parent invoice), so orphans are skipped.
async function projectInvoiceLine(knex, evt, log) {
  const result = await knex.raw(
    `INSERT INTO invoice_lines (id, invoice_id, description, amount_cents)
     SELECT ?, ?, ?, ?
     WHERE EXISTS (SELECT 1 FROM invoices WHERE id = ?)
     ON CONFLICT (id) DO UPDATE SET description = EXCLUDED.description, amount_cents = EXCLUDED.amount_cents`,
    [evt.lineId, evt.invoiceId, evt.description, evt.amountCents, evt.invoiceId],
  );
  if (result.rowCount === 0) {
    log.warn({ lineId: evt.lineId, invoiceId: evt.invoiceId }, "invoice voided; line skipped");
  }
}

module.exports = { projectInvoiceLine };
