// negative LW001: worker_threads ledger worker awaits each journal append before acknowledging, and keeps flush promises in a set drained before it exits
import { parentPort, workerData } from "node:worker_threads";
import { appendFile } from "node:fs/promises";
import { createHash } from "node:crypto";

const journalPath = workerData.journalPath;
let lastHash = workerData.genesisHash;
let sequence = workerData.startSequence;
const inFlight = new Set();

function chain(entry) {
  const body = JSON.stringify({ ...entry, seq: sequence, prev: lastHash });
  lastHash = createHash("sha256").update(body).digest("hex");
  sequence += 1;
  return { body, hash: lastHash, seq: sequence - 1 };
}

async function record(msg) {
  const { body, hash, seq } = chain(msg.entry);
  await appendFile(journalPath, body + "\n", { encoding: "utf8" });
  parentPort.postMessage({ type: "recorded", id: msg.entry.id, seq, hash });
}

parentPort.on("message", (msg) => {
  if (msg.type === "entry") {
    const p = record(msg).catch((err) => {
      console.error(`journal append failed for ${msg.entry.id}`, err);
      parentPort.postMessage({ type: "failed", id: msg.entry.id, error: String(err) });
    });
    inFlight.add(p);
    p.finally(() => inFlight.delete(p));
  } else if (msg.type === "shutdown") {
    Promise.allSettled([...inFlight]).then(() => {
      parentPort.postMessage({ type: "drained", seq: sequence });
      parentPort.close();
    });
  }
});
