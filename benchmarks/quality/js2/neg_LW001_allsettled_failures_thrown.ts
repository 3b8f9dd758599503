// negative LW001: archive writes are collected, awaited with Promise.allSettled, and any rejection is rethrown as an AggregateError
import type { Collection } from "mongodb";

interface Doc {
  _id: string;
  body: string;
}

export async function archiveAll(archive: Collection<Doc>, docs: Doc[]): Promise<number> {
  const results = await Promise.allSettled(
    docs.map((doc) => archive.replaceOne({ _id: doc._id }, doc, { upsert: true })),
  );
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed.length > 0) {
    throw new AggregateError(failed.map((f) => f.reason), `${failed.length} of ${docs.length} archive writes failed`);
  }
  return docs.length;
}
