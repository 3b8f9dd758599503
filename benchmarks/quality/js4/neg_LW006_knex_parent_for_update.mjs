// negative LW006: billing consumer locks the parent invoice row (SELECT ... FOR UPDATE) in the same transaction and skips the line with a warning when the invoice was voided
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.BILLING_DB_URL });

export async function onInvoiceVoided(e) {
  await knex("invoice").where({ id: e.invoiceId }).del();
}

export async function onInvoiceLineUpdated(e) {
  await knex.transaction(async (trx) => {
    const invoice = await trx("invoice").select("id").where({ id: e.invoiceId }).forUpdate().first();
    if (!invoice) {
      console.warn(`dropping line ${e.lineId}: invoice ${e.invoiceId} no longer exists`);
      return;
    }
    await trx("invoice_line")
      .insert({
        id: e.lineId,
        invoice_id: e.invoiceId,
        description: e.description,
        quantity: e.quantity,
        unit_amount: e.unitAmount,
      })
      .onConflict("id")
      .merge(["description", "quantity", "unit_amount"]);
  });
}
