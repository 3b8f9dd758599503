// Positive LW003: desktop app settings store persists config.json by writing directly over it.
import { promises as fsp } from "node:fs";
import path from "node:path";

export interface Settings {
  theme: "light" | "dark" | "system";
  syncFolder: string;
  launchAtLogin: boolean;
  windowBounds?: { x: number; y: number; width: number; height: number };
}

const DEFAULTS: Settings = { theme: "system", syncFolder: "", launchAtLogin: false };

export class SettingsStore {
  private cache: Settings | null = null;

  constructor(private readonly userDataDir: string) {}

  private get file(): string {
    return path.join(this.userDataDir, "config.json");
  }

  async get(): Promise<Settings> {
    if (this.cache) return this.cache;
    try {
      this.cache = { ...DEFAULTS, ...JSON.parse(await fsp.readFile(this.file, "utf8")) };
    } catch {
      this.cache = { ...DEFAULTS };
    }
    return this.cache!;
  }

  async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    const next = { ...(await this.get()), [key]: value };
    await fsp.writeFile(this.file, JSON.stringify(next, null, 2), "utf8");
    this.cache = next;
  }
}
