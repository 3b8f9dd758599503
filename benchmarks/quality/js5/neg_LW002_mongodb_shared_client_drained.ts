// negative LW002: the activity insert runs in the background on a process-wide MongoClient that is closed only on SIGTERM, after the pending background writes are drained
import { MongoClient } from "mongodb";

const client = new MongoClient(process.env.MONGO_URL ?? "mongodb://localhost:27017", { maxPoolSize: 20 });
const ready = client.connect();
const background = new Set<Promise<unknown>>();

function track(p: Promise<unknown>, what: string) {
  const guarded = p.catch((err) => {
    console.error(`background write failed: ${what}`, err);
  });
  background.add(guarded);
  guarded.finally(() => background.delete(guarded));
}

export interface NoteInput {
  accountId: string;
  authorId: string;
  body: string;
}

export async function addNote(input: NoteInput) {
  await ready;
  const db = client.db("crm");
  const note = { ...input, createdAt: new Date() };
  const { insertedId } = await db.collection("notes").insertOne(note);
  track(
    db.collection("account_activity").insertOne({ accountId: input.accountId, kind: "note.added", ref: insertedId, at: note.createdAt }),
    `activity for note ${insertedId.toHexString()}`,
  );
  return { id: insertedId.toHexString() };
}

process.once("SIGTERM", async () => {
  await Promise.allSettled([...background]);
  await client.close();
  process.exit(0);
});
