// Negative LW003: settings are saved with write-file-atomic (temp file, fsync, rename) rather than written in place.
import { readFile } from "node:fs/promises";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";

export interface Settings {
  theme: "light" | "dark" | "system";
  launchAtLogin: boolean;
}

export class SettingsStore {
  constructor(private readonly dir: string) {}

  private get file(): string {
    return path.join(this.dir, "config.json");
  }

  async get(): Promise<Settings> {
    try {
      return JSON.parse(await readFile(this.file, "utf8")) as Settings;
    } catch {
      return { theme: "system", launchAtLogin: false };
    }
  }

  async set(next: Settings): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2), { fsync: true, mode: 0o600 });
  }
}
