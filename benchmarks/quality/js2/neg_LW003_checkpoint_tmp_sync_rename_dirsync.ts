// negative LW003: the crawler checkpoint is written to a temp file, fsynced, renamed, and the directory is fsynced
import { randomUUID } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import path from "node:path";

export async function saveFrontier(checkpointPath: string, frontier: object): Promise<void> {
  const dir = path.dirname(checkpointPath);
  const tmp = path.join(dir, `.${path.basename(checkpointPath)}.${randomUUID()}.tmp`);
  const handle = await open(tmp, "w");
  try {
    await handle.writeFile(JSON.stringify(frontier));
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp);
    throw err;
  }
  await handle.close();
  await rename(tmp, checkpointPath);
  const dirHandle = await open(dir, "r");
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}
