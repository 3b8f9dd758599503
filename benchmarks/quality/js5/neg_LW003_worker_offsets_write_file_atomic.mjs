// negative LW003: log-shipper worker persists its read offsets with write-file-atomic (temp file, fsync, rename); the shipped bytes go to an append-only audit file
import writeFileAtomic from "write-file-atomic";
import { appendFile } from "node:fs/promises";
import { readFileSync, statSync, createReadStream } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

const OFFSETS = workerData.offsetsPath;
const offsets = (() => {
  try {
    return JSON.parse(readFileSync(OFFSETS, "utf8"));
  } catch {
    return {};
  }
})();

async function saveOffsets() {
  await writeFileAtomic(OFFSETS, JSON.stringify(offsets), { fsync: true });
}

async function shipNew(file) {
  const size = statSync(file).size;
  const from = offsets[file] ?? 0;
  if (size <= from) return 0;
  const chunks = [];
  for await (const chunk of createReadStream(file, { start: from, end: size - 1 })) chunks.push(chunk);
  const res = await fetch(workerData.collectorUrl, { method: "POST", body: Buffer.concat(chunks) });
  if (!res.ok) throw new Error(`collector ${res.status}`);
  offsets[file] = size;
  await appendFile(workerData.auditPath, `${new Date().toISOString()} ${file} ${from}-${size}\n`, { flag: "a" });
  return size - from;
}

parentPort.on("message", async ({ files }) => {
  let shipped = 0;
  for (const f of files) shipped += await shipNew(f);
  await saveOffsets();
  parentPort.postMessage({ shipped });
});
