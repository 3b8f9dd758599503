// positive LW003: a CRM sync cron persists its resume checkpoint with fs.promises.writeFile straight onto the live checkpoint file after each page
import { promises as fs } from "node:fs";
import path from "node:path";

const STATE_DIR = process.env.STATE_DIR ?? "/var/lib/crm-sync";
const CHECKPOINT = path.join(STATE_DIR, "contacts.checkpoint.json");

async function readCheckpoint() {
  try {
    return JSON.parse(await fs.readFile(CHECKPOINT, "utf8"));
  } catch (err) {
    if (err.code === "ENOENT") return { cursor: null, synced: 0 };
    throw err;
  }
}

async function writeCheckpoint(checkpoint) {
  await fs.writeFile(CHECKPOINT, JSON.stringify(checkpoint));
}

async function fetchPage(cursor) {
  const url = new URL("https://api.example-crm.test/v2/contacts");
  if (cursor) url.searchParams.set("after", cursor);
  const res = await fetch(url, { headers: { authorization: `Bearer ${process.env.CRM_TOKEN}` } });
  if (!res.ok) throw new Error(`crm answered ${res.status}`);
  return res.json();
}

async function upsertContacts(contacts) {
  const res = await fetch(`${process.env.WAREHOUSE_URL}/contacts/bulk`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(contacts),
  });
  if (!res.ok) throw new Error(`warehouse answered ${res.status}`);
}

async function main() {
  let checkpoint = await readCheckpoint();
  for (;;) {
    const page = await fetchPage(checkpoint.cursor);
    await upsertContacts(page.results);
    checkpoint = { cursor: page.next, synced: checkpoint.synced + page.results.length, at: new Date().toISOString() };
    await writeCheckpoint(checkpoint);
    if (!page.next) break;
  }
  console.log(`synced ${checkpoint.synced} contacts`);
}

await main();
