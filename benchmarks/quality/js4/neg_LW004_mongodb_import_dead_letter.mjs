// negative LW004: product import worker dead-letters a chunk whose bulkWrite failed (awaited insert of the payload and error), and marks the job partial instead of completed
import { MongoClient } from "mongodb";

const client = new MongoClient(process.env.MONGO_URL);
await client.connect();
const db = client.db("catalog");
const products = db.collection("products");
const jobs = db.collection("import_jobs");
const deadLetters = db.collection("import_dead_letters");

function toOps(records) {
  return records.map((r) => ({
    updateOne: { filter: { sku: r.sku }, update: { $set: { name: r.name, stock: Number(r.stock) } }, upsert: true },
  }));
}

export async function importChunks(jobId, records) {
  let failed = 0;
  for (let i = 0; i < records.length; i += 500) {
    const chunk = records.slice(i, i + 500);
    try {
      await products.bulkWrite(toOps(chunk), { ordered: false });
    } catch (err) {
      failed += chunk.length;
      console.error(`import ${jobId}: chunk at ${i} failed`, err);
      await deadLetters.insertOne({ jobId, offset: i, records: chunk, error: String(err), at: new Date() });
    }
  }
  await jobs.updateOne(
    { _id: jobId },
    { $set: { status: failed > 0 ? "partial" : "completed", failedRows: failed, finishedAt: new Date() } },
  );
  if (failed > 0) {
    throw new Error(`${failed} rows dead-lettered for import ${jobId}`);
  }
}
