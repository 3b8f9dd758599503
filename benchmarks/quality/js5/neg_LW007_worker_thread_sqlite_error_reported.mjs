// negative LW007: worker_threads writer logs the failing batch and error to stderr and posts it to the parent before exiting; the parent logs the exit code and restarts it
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

if (isMainThread) {
  const start = () => {
    const w = new Worker(new URL(import.meta.url), { workerData: { dbPath: process.env.DB_PATH ?? "./metrics.db" } });
    w.on("message", (m) => {
      if (m.type === "write-failed") console.error(`writer failed on batch ${m.batchId}: ${m.error}`);
    });
    w.on("exit", (code) => {
      console.error(`metrics writer exited with code ${code}, restarting`);
      setTimeout(start, 1_000);
    });
    return w;
  };
  start();
} else {
  const db = new Database(workerData.dbPath);
  const insert = db.prepare("INSERT INTO samples (series, ts, value) VALUES (?, ?, ?)");
  const insertMany = db.transaction((rows) => {
    for (const r of rows) insert.run(r.series, r.ts, r.value);
  });
  parentPort.on("message", ({ batchId, rows }) => {
    try {
      insertMany(rows);
      parentPort.postMessage({ type: "written", batchId, count: rows.length });
    } catch (err) {
      console.error(`sqlite insert failed for batch ${batchId}`, err);
      parentPort.postMessage({ type: "write-failed", batchId, error: String(err) });
      process.exit(3);
    }
  });
}
