// positive LW004: kafkajs eachMessage handler catches the knex INSERT failure and only logs it, so the offset is committed and the shipment event is gone
import { Kafka, logLevel } from "kafkajs";
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL, pool: { min: 1, max: 5 } });
const kafka = new Kafka({ clientId: "shipments-sink", brokers: ["kafka-1:9092", "kafka-2:9092"], logLevel: logLevel.WARN });

type ShipmentEvent = {
  shipmentId: string;
  carrier: string;
  status: "label_created" | "in_transit" | "delivered" | "exception";
  occurredAt: string;
};

function parse(value: Buffer | null): ShipmentEvent | null {
  if (!value) return null;
  try {
    return JSON.parse(value.toString("utf8")) as ShipmentEvent;
  } catch {
    return null;
  }
}

async function storeEvent(event: ShipmentEvent, offset: string): Promise<void> {
  try {
    await knex("shipment_events").insert({
      shipment_id: event.shipmentId,
      carrier: event.carrier,
      status: event.status,
      occurred_at: event.occurredAt,
      source_offset: offset,
    });
  } catch (err) {
    console.error(`failed to store shipment event ${event.shipmentId}@${offset}`, err);
  }
}

export async function start(): Promise<void> {
  const consumer = kafka.consumer({ groupId: "shipments-sink" });
  await consumer.connect();
  await consumer.subscribe({ topic: "shipments.events" });
  await consumer.run({
    autoCommit: true,
    eachMessage: async ({ message }) => {
      const event = parse(message.value);
      if (!event) return;
      await storeEvent(event, message.offset);
    },
  });
}
