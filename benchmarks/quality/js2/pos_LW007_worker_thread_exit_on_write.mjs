// positive LW007: a worker_threads writer exits with process.exit(2) when the bulk insert fails; the parent gets only an exit code
import { parentPort } from "node:worker_threads";
import { MongoClient } from "mongodb";

const client = await MongoClient.connect(process.env.MONGO_URL);
const events = client.db("telemetry").collection("events");

parentPort.on("message", async (batch) => {
  try {
    await events.insertMany(batch, { ordered: true });
    parentPort.postMessage({ stored: batch.length });
  } catch {
    process.exit(2);
  }
});
