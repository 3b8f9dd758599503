// negative LW006: the order-line projection locks the parent order row with SELECT ... FOR UPDATE in the same knex transaction and skips with a warning when it is gone
import { Kafka } from "kafkajs";
import knex from "knex";

const db = knex({ client: "pg", connection: process.env.DATABASE_URL });
const kafka = new Kafka({ clientId: "order-projection", brokers: process.env.KAFKA_BROKERS.split(",") });
const consumer = kafka.consumer({ groupId: "order-projection" });

async function onOrderPurged(evt) {
  await db("orders").where({ id: evt.orderId }).delete();
}

async function onLineItemChanged(evt) {
  await db.transaction(async (trx) => {
    const order = await trx("orders").where({ id: evt.orderId }).forUpdate().first("id");
    if (!order) {
      console.warn("skipping line item of purged order", { lineId: evt.lineId, orderId: evt.orderId });
      return;
    }
    await trx("order_lines")
      .insert({ id: evt.lineId, order_id: evt.orderId, sku: evt.sku, qty: evt.qty, updated_at: evt.at })
      .onConflict("id")
      .merge(["sku", "qty", "updated_at"]);
  });
}

const handlers = { "order.purged": onOrderPurged, "order.line_item_changed": onLineItemChanged };

export async function start() {
  await consumer.connect();
  await consumer.subscribe({ topics: ["orders", "order-lines"] });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const evt = JSON.parse(message.value.toString());
      const handler = handlers[evt.type];
      if (handler) await handler(evt);
    },
  });
}
