// negative LW004: kafkajs consumer retries the ClickHouse insert with backoff and rethrows the last error, so the offset is not committed and the batch is redelivered
import { Kafka, logLevel, type EachMessagePayload } from "kafkajs";
import { createClient } from "@clickhouse/client";
import pino from "pino";

const log = pino({ name: "click-sink" });
const kafka = new Kafka({ clientId: "click-sink", brokers: process.env.KAFKA_BROKERS!.split(","), logLevel: logLevel.WARN });
const consumer = kafka.consumer({ groupId: "click-sink" });
const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function insertWithRetry(values: unknown[], attempts = 4): Promise<void> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      await clickhouse.insert({ table: "ad_clicks", values, format: "JSONEachRow" });
      return;
    } catch (err) {
      lastError = err;
      log.warn({ err, attempt: i + 1 }, "click insert failed, retrying");
      await sleep(200 * 2 ** i);
    }
  }
  throw lastError;
}

async function handle({ partition, message }: EachMessagePayload): Promise<void> {
  const clicks = JSON.parse(message.value!.toString("utf8")) as unknown[];
  try {
    await insertWithRetry(clicks);
  } catch (err) {
    log.error({ err, partition, offset: message.offset }, "click insert gave up; not committing");
    throw err;
  }
}

export async function run(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topic: "ad-clicks", fromBeginning: false });
  await consumer.run({ autoCommit: true, eachMessage: handle });
}
