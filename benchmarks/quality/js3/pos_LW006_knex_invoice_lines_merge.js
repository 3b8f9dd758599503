// Positive LW006: billing projection merges invoice lines with knex onConflict().merge(); InvoiceVoided deletes the invoice.
class InvoiceProjection {
  constructor(knex, log) {
    this.knex = knex;
    this.log = log;
  }

  async lineChanged(evt) {
    await this.knex("invoice_lines")
      .insert({
        id: evt.lineId,
        invoice_id: evt.invoiceId,
        description: evt.description,
        amount_cents: evt.amountCents,
      })
      .onConflict("id")
      .merge(["description", "amount_cents"]);
  }

  async invoiceVoided(evt) {
    await this.knex("invoices").where({ id: evt.invoiceId }).del();
    this.log.info({ invoiceId: evt.invoiceId }, "invoice voided");
  }

  async handle(evt) {
    if (evt.type === "InvoiceLineChanged") return this.lineChanged(evt);
    if (evt.type === "InvoiceVoided") return this.invoiceVoided(evt);
  }
}

module.exports = { InvoiceProjection };
