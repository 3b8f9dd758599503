// positive LW004: kafkajs consumer catches the ClickHouse insert failure, logs it and returns normally, so the offset is committed and the batch of clicks is gone
import { Kafka, logLevel, type EachMessagePayload } from "kafkajs";
import { createClient } from "@clickhouse/client";
import pino from "pino";

const log = pino({ name: "click-sink" });
const kafka = new Kafka({ clientId: "click-sink", brokers: process.env.KAFKA_BROKERS!.split(","), logLevel: logLevel.WARN });
const consumer = kafka.consumer({ groupId: "click-sink" });
const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });

interface Click {
  campaignId: string;
  adId: string;
  userAgent: string;
  at: string;
}

function parse(payload: EachMessagePayload): Click[] {
  return JSON.parse(payload.message.value!.toString("utf8")) as Click[];
}

async function handle(payload: EachMessagePayload): Promise<void> {
  const clicks = parse(payload);
  try {
    await clickhouse.insert({ table: "ad_clicks", values: clicks, format: "JSONEachRow" });
  } catch (err) {
    log.error({ err, partition: payload.partition, offset: payload.message.offset }, "click insert failed");
  }
}

export async function run(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topic: "ad-clicks", fromBeginning: false });
  await consumer.run({ autoCommit: true, eachMessage: handle });
}
