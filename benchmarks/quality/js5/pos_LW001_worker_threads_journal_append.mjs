// positive LW001: worker_threads ledger worker appends each entry to its journal with fs/promises appendFile, never awaited, then tells the parent the entry is recorded
import { parentPort, workerData } from "node:worker_threads";
import { appendFile } from "node:fs/promises";
import { createHash } from "node:crypto";

const journalPath = workerData.journalPath;
let lastHash = workerData.genesisHash;
let sequence = workerData.startSequence;

function chain(entry) {
  const body = JSON.stringify({ ...entry, seq: sequence, prev: lastHash });
  lastHash = createHash("sha256").update(body).digest("hex");
  sequence += 1;
  return { body, hash: lastHash, seq: sequence - 1 };
}

function persist(line) {
  return appendFile(journalPath, line + "\n", { encoding: "utf8" });
}

parentPort.on("message", (msg) => {
  if (msg.type === "ping") {
    parentPort.postMessage({ type: "pong", seq: sequence });
    return;
  }
  if (msg.type !== "entry") return;

  const { body, hash, seq } = chain(msg.entry);
  persist(body);
  parentPort.postMessage({ type: "recorded", id: msg.entry.id, seq, hash });
});
