// negative LW002: nightly cron awaits every bulkWrite before the MongoClient is closed in finally; the optional rollup task opens and closes its own client
import { MongoClient } from "mongodb";

const uri = process.env.MONGO_URL;

async function expireTrials(db, now) {
  const expired = await db.collection("subscriptions").find({ status: "trial", trialEndsAt: { $lt: now } }).toArray();
  if (expired.length === 0) return 0;
  const result = await db.collection("subscriptions").bulkWrite(
    expired.map((s) => ({
      updateOne: { filter: { _id: s._id, status: "trial" }, update: { $set: { status: "expired", expiredAt: now } } },
    })),
  );
  return result.modifiedCount;
}

async function rollupInOwnClient(day) {
  const own = new MongoClient(uri);
  try {
    await own.connect();
    await own
      .db("billing")
      .collection("daily_rollups")
      .updateOne({ day }, { $set: { computedAt: new Date() } }, { upsert: true });
  } finally {
    await own.close();
  }
}

async function main() {
  const client = new MongoClient(uri);
  const now = new Date();
  try {
    await client.connect();
    const n = await expireTrials(client.db("billing"), now);
    console.log(`expired ${n} trials`);
  } finally {
    await client.close();
  }
  await rollupInOwnClient(now.toISOString().slice(0, 10));
}

main().catch((err) => {
  console.error("expire-trials cron failed", err);
  process.exitCode = 1;
});
