// negative LW003: the sync cron keeps its resume checkpoint in a better-sqlite3 table (WAL) and only writes a fresh, timestamped report file per run
import Database from "better-sqlite3";
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";

const STATE_DIR = process.env.STATE_DIR ?? "/var/lib/crm-sync";
const db = new Database(path.join(STATE_DIR, "sync.db"));
db.pragma("journal_mode = WAL");
db.exec("CREATE TABLE IF NOT EXISTS checkpoints (stream TEXT PRIMARY KEY, cursor TEXT, synced INTEGER, at TEXT)");

const readCheckpoint = db.prepare("SELECT cursor, synced FROM checkpoints WHERE stream = ?");
const saveCheckpoint = db.prepare(
  "INSERT INTO checkpoints (stream, cursor, synced, at) VALUES (@stream, @cursor, @synced, @at) " +
    "ON CONFLICT (stream) DO UPDATE SET cursor = excluded.cursor, synced = excluded.synced, at = excluded.at",
);

async function fetchPage(cursor) {
  const url = new URL("https://api.example-crm.test/v2/contacts");
  if (cursor) url.searchParams.set("after", cursor);
  const res = await fetch(url, { headers: { authorization: `Bearer ${process.env.CRM_TOKEN}` } });
  if (!res.ok) throw new Error(`crm answered ${res.status}`);
  return res.json();
}

async function main() {
  const start = readCheckpoint.get("contacts") ?? { cursor: null, synced: 0 };
  let { cursor, synced } = start;
  do {
    const page = await fetchPage(cursor);
    synced += page.results.length;
    cursor = page.next;
    saveCheckpoint.run({ stream: "contacts", cursor, synced, at: new Date().toISOString() });
  } while (cursor);

  const reportsDir = path.join(STATE_DIR, "reports");
  await mkdir(reportsDir, { recursive: true });
  const reportFile = path.join(reportsDir, `run-${Date.now()}.txt`);
  await writeFile(reportFile, `synced ${synced - start.synced} contacts\n`, { flag: "wx" });
}

await main();
