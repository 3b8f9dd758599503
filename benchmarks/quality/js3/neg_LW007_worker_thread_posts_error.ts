// Negative LW007: the writer thread reports the failed batch (size, first sensor, error) to the parent and rethrows.
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
  } catch (err) {
    console.error("sample batch not written", { size: rows.length, firstSensor: rows[0]?.sensor, err });
    parentPort?.postMessage({ failed: rows.length, error: String(err) });
    throw err;
  }
});
