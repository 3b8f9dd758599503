// positive LW003: queue consumer persists its offsets map with fs.promises.writeFile over the live offsets file
import fs from "node:fs";

const OFFSETS = new URL("./data/offsets.json", import.meta.url);

export async function loadOffsets() {
  try {
    return JSON.parse(await fs.promises.readFile(OFFSETS, "utf8"));
  } catch {
    return {};
  }
}

export async function commitOffset(offsets, partition, offset) {
  offsets[partition] = offset;
  await fs.promises.writeFile(OFFSETS, JSON.stringify(offsets));
}
