// positive LW003: kafkajs consumer that mirrors topics into S3 keeps its resume offsets in checkpoint.json and rewrites it in place with writeFile after every batch
import { Kafka } from "kafkajs";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const STATE_DIR = process.env.STATE_DIR ?? "/var/lib/mirror";
const CHECKPOINT = path.join(STATE_DIR, "checkpoint.json");

type Checkpoint = Record<string, Record<number, string>>;

const s3 = new S3Client({});
const kafka = new Kafka({ clientId: "topic-mirror", brokers: (process.env.BROKERS ?? "localhost:9092").split(",") });

async function loadCheckpoint(): Promise<Checkpoint> {
  try {
    return JSON.parse(await readFile(CHECKPOINT, "utf8")) as Checkpoint;
  } catch {
    return {};
  }
}

async function saveCheckpoint(cp: Checkpoint): Promise<void> {
  await writeFile(CHECKPOINT, JSON.stringify(cp, null, 2));
}

export async function run(topics: string[]): Promise<void> {
  const checkpoint = await loadCheckpoint();
  const consumer = kafka.consumer({ groupId: "topic-mirror" });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });

  consumer.on(consumer.events.GROUP_JOIN, () => {
    for (const [topic, partitions] of Object.entries(checkpoint)) {
      for (const [partition, offset] of Object.entries(partitions)) {
        consumer.seek({ topic, partition: Number(partition), offset });
      }
    }
  });

  await consumer.run({
    eachBatchAutoResolve: true,
    eachBatch: async ({ batch }) => {
      const body = batch.messages.map((m) => m.value?.toString("utf8") ?? "").join("\n");
      const last = batch.messages[batch.messages.length - 1];
      await s3.send(
        new PutObjectCommand({
          Bucket: process.env.BUCKET,
          Key: `${batch.topic}/${batch.partition}/${batch.firstOffset()}-${last.offset}.jsonl`,
          Body: body,
        }),
      );
      checkpoint[batch.topic] ??= {};
      checkpoint[batch.topic][batch.partition] = (BigInt(last.offset) + 1n).toString();
      await saveCheckpoint(checkpoint);
    },
  });
}
