// positive LW003: the settings store opens settings.json with open(path, "w") (truncating it) and writes the new content through the handle
import { open, readFile } from "node:fs/promises";

export class SettingsStore {
  constructor(private readonly settingsPath: string) {}

  async get(): Promise<Record<string, unknown>> {
    return JSON.parse(await readFile(this.settingsPath, "utf8"));
  }

  async set(key: string, value: unknown): Promise<void> {
    const settings = await this.get();
    settings[key] = value;
    const handle = await open(this.settingsPath, "w");
    try {
      await handle.writeFile(JSON.stringify(settings, null, 2));
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
