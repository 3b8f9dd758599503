// positive LW003: the checkpoint goes through a temp file + rename, but neither the file nor the directory is ever fsynced
import { rename, writeFile } from "node:fs/promises";

export interface Checkpoint {
  epoch: number;
  weightsPath: string;
}

export async function saveCheckpoint(checkpointPath: string, state: Checkpoint): Promise<void> {
  const tmp = `${checkpointPath}.tmp-${process.pid}`;
  await writeFile(tmp, JSON.stringify(state));
  await rename(tmp, checkpointPath);
}
