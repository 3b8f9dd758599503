// negative LW003: SettingsStore.set writes a temp file, syncs it, renames it over settings.json and syncs the directory
import { open, readFile, rename } from "node:fs/promises";
import path from "node:path";

export class SettingsStore {
  constructor(private readonly settingsPath: string) {}

  async get(): Promise<Record<string, unknown>> {
    return JSON.parse(await readFile(this.settingsPath, "utf8"));
  }

  async set(key: string, value: unknown): Promise<void> {
    const settings = { ...(await this.get()), [key]: value };
    const tmp = `${this.settingsPath}.${process.pid}.tmp`;
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(JSON.stringify(settings, null, 2));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, this.settingsPath);
    const dir = await open(path.dirname(this.settingsPath), "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
