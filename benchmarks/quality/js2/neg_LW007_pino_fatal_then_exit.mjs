// negative LW007: the worker thread logs the failed batch at fatal level with pino before process.exit(2)
import { parentPort } from "node:worker_threads";
import { MongoClient } from "mongodb";
import pino from "pino";

const log = pino({ name: "telemetry-writer" });
const client = await MongoClient.connect(process.env.MONGO_URL);
const events = client.db("telemetry").collection("events");

parentPort.on("message", async (batch) => {
  try {
    await events.insertMany(batch, { ordered: true });
    parentPort.postMessage({ stored: batch.length });
  } catch (err) {
    log.fatal({ err, first: batch[0]?._id, size: batch.length }, "telemetry batch insert failed");
    process.exit(2);
  }
});
