// positive LW003: log-shipper worker persists its per-file read offsets by piping JSON into createWriteStream on offsets.json, which truncates the live state file first
import { createWriteStream, readFileSync, statSync, createReadStream } from "node:fs";
import { once } from "node:events";
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
  const out = createWriteStream(OFFSETS);
  out.end(JSON.stringify(offsets));
  await once(out, "finish");
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
  return size - from;
}

parentPort.on("message", async ({ files }) => {
  let shipped = 0;
  for (const f of files) shipped += await shipNew(f);
  await saveOffsets();
  parentPort.postMessage({ shipped });
});
