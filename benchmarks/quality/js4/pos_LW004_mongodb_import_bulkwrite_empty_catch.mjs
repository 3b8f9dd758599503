// positive LW004: product import worker swallows a failed bulkWrite with an empty catch and then marks the import job completed
import { MongoClient } from "mongodb";
import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";

const client = new MongoClient(process.env.MONGO_URL);
await client.connect();
const db = client.db("catalog");
const products = db.collection("products");
const jobs = db.collection("import_jobs");

function toOps(records) {
  return records.map((r) => ({
    updateOne: {
      filter: { sku: r.sku },
      update: { $set: { name: r.name, priceCents: Math.round(Number(r.price) * 100), stock: Number(r.stock) } },
      upsert: true,
    },
  }));
}

export async function runImport(jobId, csvPath) {
  await jobs.updateOne({ _id: jobId }, { $set: { status: "running", startedAt: new Date() } });
  const records = parse(await readFile(csvPath, "utf8"), { columns: true, skip_empty_lines: true });

  for (let i = 0; i < records.length; i += 500) {
    const chunk = records.slice(i, i + 500);
    try {
      await products.bulkWrite(toOps(chunk), { ordered: false });
    } catch {
      // keep going, one bad chunk should not stop the import
    }
  }

  await jobs.updateOne(
    { _id: jobId },
    { $set: { status: "completed", finishedAt: new Date(), rows: records.length } },
  );
}
