// positive LW006: kafkajs projection merges order lines (knex onConflict().merge()) without checking the order row, while order.purged deletes orders with ON DELETE CASCADE
import { Kafka } from "kafkajs";
import knex from "knex";

const db = knex({ client: "pg", connection: process.env.DATABASE_URL });
const kafka = new Kafka({ clientId: "order-projection", brokers: process.env.KAFKA_BROKERS.split(",") });
const consumer = kafka.consumer({ groupId: "order-projection" });

// orders(id pk), order_lines(id pk, order_id references orders(id) on delete cascade)

async function onOrderPlaced(evt) {
  await db("orders").insert({ id: evt.orderId, customer_id: evt.customerId, placed_at: evt.at }).onConflict("id").ignore();
}

async function onOrderPurged(evt) {
  await db("orders").where({ id: evt.orderId }).delete();
}

async function onLineItemChanged(evt) {
  await db("order_lines")
    .insert({ id: evt.lineId, order_id: evt.orderId, sku: evt.sku, qty: evt.qty, updated_at: evt.at })
    .onConflict("id")
    .merge(["sku", "qty", "updated_at"]);
}

const handlers = {
  "order.placed": onOrderPlaced,
  "order.purged": onOrderPurged,
  "order.line_item_changed": onLineItemChanged,
};

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
