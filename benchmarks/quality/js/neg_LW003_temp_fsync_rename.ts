// negative LW003: checkpoint written to a temp file in the same directory, fsynced, then renamed over the target
import { open, rename } from "node:fs/promises";
import { randomUUID } from "node:crypto";

type Checkpoint = { block: number; hash: string };

export async function saveCheckpoint(checkpointPath: string, state: Checkpoint): Promise<void> {
  const tmp = `${checkpointPath}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await open(tmp, "w");
  try {
    await handle.writeFile(JSON.stringify(state));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, checkpointPath);
}
