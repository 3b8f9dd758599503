// positive LW002: withDb() helper closes the MongoClient in finally as soon as the callback returns, but the callback left the activity insertOne running
import { MongoClient, type Db } from "mongodb";

const uri = process.env.MONGO_URL ?? "mongodb://localhost:27017";

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const client = new MongoClient(uri, { maxPoolSize: 2 });
  await client.connect();
  try {
    return await fn(client.db("crm"));
  } finally {
    await client.close(true);
  }
}

export interface NoteInput {
  accountId: string;
  authorId: string;
  body: string;
}

export async function addNote(input: NoteInput) {
  return withDb(async (db) => {
    const note = { ...input, createdAt: new Date() };
    const { insertedId } = await db.collection("notes").insertOne(note);

    db.collection("account_activity").insertOne({
      accountId: input.accountId,
      kind: "note.added",
      ref: insertedId,
      at: note.createdAt,
    });

    return { id: insertedId.toHexString() };
  });
}

export async function listNotes(accountId: string) {
  return withDb((db) => db.collection("notes").find({ accountId }).sort({ createdAt: -1 }).limit(50).toArray());
}
