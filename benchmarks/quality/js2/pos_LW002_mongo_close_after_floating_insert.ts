// positive LW002: a CLI import closes the MongoClient right after starting insertMany without awaiting it
import { readFile } from "node:fs/promises";
import { MongoClient } from "mongodb";

export async function importContacts(uri: string, file: string): Promise<void> {
  const client = await MongoClient.connect(uri);
  try {
    const contacts = JSON.parse(await readFile(file, "utf8")) as { email: string }[];
    const existing = await client.db("crm").collection("contacts").countDocuments();
    console.log(`importing ${contacts.length} contacts into ${existing}`);
    client
      .db("crm")
      .collection("contacts")
      .insertMany(contacts, { ordered: false })
      .then((r) => console.log(`inserted ${r.insertedCount}`));
  } finally {
    await client.close();
  }
}
