// positive LW003: log shipper persists its read offsets in shipper-state.json by opening the live file with "w" and writing into it
import { open, readFile, stat } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const STATE_PATH = process.env.SHIPPER_STATE ?? "/var/lib/shipper/shipper-state.json";
const SOURCES = (process.env.SHIPPER_SOURCES ?? "/var/log/app/app.log").split(",");
const SINK = process.env.SINK_URL ?? "http://loki:3100/loki/api/v1/push";

async function loadState() {
  try {
    return JSON.parse(await readFile(STATE_PATH, "utf8"));
  } catch {
    return { offsets: {} };
  }
}

async function persistState(state) {
  const fh = await open(STATE_PATH, "w");
  try {
    await fh.write(JSON.stringify(state));
  } finally {
    await fh.close();
  }
}

async function shipFrom(file, offset) {
  const { size } = await stat(file);
  if (size <= offset) return offset;
  const lines = [];
  const rl = createInterface({ input: createReadStream(file, { start: offset, end: size - 1 }) });
  for await (const line of rl) lines.push([`${Date.now()}000000`, line]);
  const res = await fetch(SINK, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ streams: [{ stream: { file }, values: lines }] }),
  });
  if (!res.ok) throw new Error(`sink answered ${res.status}`);
  return size;
}

const state = await loadState();
for (;;) {
  for (const file of SOURCES) {
    state.offsets[file] = await shipFrom(file, state.offsets[file] ?? 0);
  }
  await persistState(state);
  await new Promise((r) => setTimeout(r, 5000));
}
