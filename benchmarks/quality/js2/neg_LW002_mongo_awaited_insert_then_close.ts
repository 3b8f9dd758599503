// negative LW002: the CLI import awaits insertMany before the finally closes the MongoClient
import { readFile } from "node:fs/promises";
import { MongoClient } from "mongodb";

export async function importContacts(uri: string, file: string): Promise<number> {
  const client = await MongoClient.connect(uri);
  try {
    const contacts = JSON.parse(await readFile(file, "utf8")) as { email: string }[];
    const result = await client.db("crm").collection("contacts").insertMany(contacts, { ordered: false });
    return result.insertedCount;
  } finally {
    await client.close();
  }
}
