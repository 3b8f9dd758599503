// Positive LW007: worker_threads writer exits the thread with process.exit(1) when the better-sqlite3 insert throws.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

interface Sample {
  sensor: string;
  at: number;
  value: number;
}

const db = new Database(workerData.file as string);
const insert = db.prepare("INSERT INTO samples (sensor, at, value) VALUES (@sensor, @at, @value)");
const insertMany = db.transaction((rows: Sample[]) => {
  for (const row of rows) insert.run(row);
});

parentPort?.on("message", (rows: Sample[]) => {
  try {
    insertMany(rows);
    parentPort?.postMessage({ written: rows.length });
  } catch {
    process.exit(1);
  }
});
