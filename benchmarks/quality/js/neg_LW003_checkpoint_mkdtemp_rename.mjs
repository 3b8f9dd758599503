// negative LW003: the scheduler state is staged in a temp file next to the target and moved into place with rename()
import { writeFile, rename, open } from "node:fs/promises";
import { dirname, join } from "node:path";

const STATE_PATH = "/var/lib/scheduler/state.json";

export async function saveSchedulerState(state) {
  const tmp = join(dirname(STATE_PATH), `.state.${process.pid}.${Date.now()}.tmp`);
  await writeFile(tmp, JSON.stringify(state));
  const fh = await open(tmp, "r+");
  await fh.sync();
  await fh.close();
  await rename(tmp, STATE_PATH);
}
