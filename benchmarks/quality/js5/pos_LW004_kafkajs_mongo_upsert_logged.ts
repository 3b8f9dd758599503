// positive LW004: kafkajs consumer upserts each profile into MongoDB inside try/catch that only logs, so eachMessage returns and the offset is committed for a lost write
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
  const profiles = mongo.db("identity").collection<ProfileChanged & { syncedAt: Date }>("profiles");
  const consumer = kafka.consumer({ groupId: "profile-sink" });
  await consumer.connect();
  await consumer.subscribe({ topic: "identity.profile-changed", fromBeginning: false });

  await consumer.run({
    autoCommit: true,
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
        console.error(`profile ${evt.userId} not synced (partition ${partition})`, err);
      }
    },
  });
}

main();
