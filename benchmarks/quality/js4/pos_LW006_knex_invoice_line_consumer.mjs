// positive LW006: billing consumer merges invoice_line rows on invoice.line.updated with no invoice check, while invoice.voided deletes the invoice and its lines cascade
import knexFactory from "knex";
import { Kafka } from "kafkajs";

const knex = knexFactory({ client: "pg", connection: process.env.BILLING_DB_URL });
const kafka = new Kafka({ clientId: "billing-projector", brokers: [process.env.KAFKA_BROKER] });

// migration: invoice_line.invoice_id references invoice.id on delete cascade

const handlers = {
  "invoice.created": (e) =>
    knex("invoice").insert({ id: e.invoiceId, customer_id: e.customerId, currency: e.currency, status: "open" }),

  "invoice.voided": (e) => knex("invoice").where({ id: e.invoiceId }).del(),

  "invoice.line.updated": (e) =>
    knex("invoice_line")
      .insert({
        id: e.lineId,
        invoice_id: e.invoiceId,
        description: e.description,
        quantity: e.quantity,
        unit_amount: e.unitAmount,
      })
      .onConflict("id")
      .merge(["description", "quantity", "unit_amount"]),
};

const consumer = kafka.consumer({ groupId: "billing-projector" });
await consumer.connect();
await consumer.subscribe({ topic: "billing.events", fromBeginning: false });
await consumer.run({
  eachMessage: async ({ message }) => {
    const event = JSON.parse(message.value.toString());
    const handle = handlers[event.type];
    if (handle) await handle(event);
  },
});
