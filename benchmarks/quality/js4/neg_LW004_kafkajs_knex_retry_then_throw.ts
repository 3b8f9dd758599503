// negative LW004: kafkajs eachMessage retries the knex INSERT three times with backoff and then throws, so the offset is not committed and the message is redelivered
import { Kafka } from "kafkajs";
import knexFactory from "knex";
import { setTimeout as sleep } from "node:timers/promises";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const kafka = new Kafka({ clientId: "shipments-sink", brokers: ["kafka-1:9092"] });

type ShipmentEvent = { shipmentId: string; carrier: string; status: string; occurredAt: string };

async function storeEvent(event: ShipmentEvent, offset: string): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await knex("shipment_events").insert({
        shipment_id: event.shipmentId,
        carrier: event.carrier,
        status: event.status,
        occurred_at: event.occurredAt,
        source_offset: offset,
      });
      return;
    } catch (err) {
      lastError = err;
      console.warn(`store attempt ${attempt} failed for ${event.shipmentId}`, err);
      await sleep(200 * 2 ** attempt);
    }
  }
  throw lastError;
}

export async function start(): Promise<void> {
  const consumer = kafka.consumer({ groupId: "shipments-sink" });
  await consumer.connect();
  await consumer.subscribe({ topic: "shipments.events" });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (!message.value) return;
      await storeEvent(JSON.parse(message.value.toString("utf8")) as ShipmentEvent, message.offset);
    },
  });
}
