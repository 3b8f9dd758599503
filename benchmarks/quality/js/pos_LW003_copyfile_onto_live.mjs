// positive LW003: the new state is written to a temp file and then copyFile()d over the live file, which is not atomic
import { writeFile, copyFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";

const STATE_PATH = "/var/lib/scheduler/state.json";

export async function saveSchedulerState(state) {
  const tmp = join(tmpdir(), `scheduler-state-${process.pid}.json`);
  await writeFile(tmp, JSON.stringify(state));
  await copyFile(tmp, STATE_PATH);
  await unlink(tmp);
}
