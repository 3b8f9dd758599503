// negative LW004: kafkajs consumer, a failed MongoDB upsert is written with its error to a dead-letter collection (awaited); if that insert fails too its rejection propagates and the offset is not committed
import { Kafka, logLevel } from "kafkajs";
import { MongoClient } from "mongodb";

const kafka = new Kafka({ clientId: "profile-sink", brokers: (process.env.BROKERS ?? "localhost:9092").split(","), logLevel: logLevel.WARN });
const mongo = new MongoClient(process.env.MONGO_URL ?? "mongodb://localhost:27017");

interface ProfileChanged {
  userId: string;
  displayName: string;
  locale: string;
  version: number;
}

async function main() {
  await mongo.connect();
  const db = mongo.db("identity");
  const profiles = db.collection<ProfileChanged & { syncedAt: Date }>("profiles");
  const deadLetters = db.collection("profile_dead_letters");
  const consumer = kafka.consumer({ groupId: "profile-sink" });
  await consumer.connect();
  await consumer.subscribe({ topic: "identity.profile-changed", fromBeginning: false });

  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      if (!message.value) return;
      const evt = JSON.parse(message.value.toString()) as ProfileChanged;
      try {
        await profiles.updateOne(
          { userId: evt.userId, version: { $lt: evt.version } },
          { $set: { ...evt, syncedAt: new Date() } },
          { upsert: true },
        );
      } catch (err) {
        console.error(`profile ${evt.userId} not synced, dead-lettering`, err);
        await deadLetters.insertOne({
          payload: evt,
          partition,
          offset: message.offset,
          error: String(err),
          failedAt: new Date(),
        });
      }
    },
  });
}

main().catch((err) => {
  console.error("profile-sink crashed", err);
  process.exit(1);
});
