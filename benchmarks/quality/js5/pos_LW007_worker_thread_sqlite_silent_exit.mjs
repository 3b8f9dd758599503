// positive LW007: worker_threads writer exits with process.exit(3) when the better-sqlite3 batch insert fails, and the parent silently respawns it; the batch and the error are never logged
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

if (isMainThread) {
  const start = () => {
    const w = new Worker(new URL(import.meta.url), { workerData: { dbPath: process.env.DB_PATH ?? "./metrics.db" } });
    w.on("exit", () => setTimeout(start, 1_000));
    return w;
  };
  start();
} else {
  const db = new Database(workerData.dbPath);
  db.pragma("journal_mode = WAL");
  const insert = db.prepare("INSERT INTO samples (series, ts, value) VALUES (?, ?, ?)");
  const insertMany = db.transaction((rows) => {
    for (const r of rows) insert.run(r.series, r.ts, r.value);
  });
  parentPort.on("message", ({ batchId, rows }) => {
    try {
      insertMany(rows);
      parentPort.postMessage({ type: "written", batchId, count: rows.length });
    } catch {
      process.exit(3);
    }
  });
}
