// negative LW003: settings are persisted with the write-file-atomic package (temp file + fsync + rename)
import writeFileAtomic from "write-file-atomic";
import { readFile } from "node:fs/promises";
import path from "node:path";

export class SettingsStore {
  private readonly file: string;

  constructor(dir: string) {
    this.file = path.join(dir, "settings.json");
  }

  async load(): Promise<Record<string, unknown>> {
    try {
      return JSON.parse(await readFile(this.file, "utf8"));
    } catch {
      return {};
    }
  }

  async save(settings: Record<string, unknown>): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(settings, null, 2), { fsync: true });
  }
}
