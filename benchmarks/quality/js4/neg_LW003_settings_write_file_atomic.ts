// negative LW003: desktop app persists user settings with the write-file-atomic package (temp file, fsync, rename), not in place
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { app } from "electron";
import writeFileAtomic from "write-file-atomic";

export type Settings = {
  theme: "light" | "dark" | "system";
  fontSize: number;
  recentProjects: string[];
};

const DEFAULTS: Settings = { theme: "system", fontSize: 14, recentProjects: [] };

function settingsPath(): string {
  return path.join(app.getPath("userData"), "settings.json");
}

export function loadSettings(): Settings {
  const file = settingsPath();
  if (!existsSync(file)) return { ...DEFAULTS };
  return { ...DEFAULTS, ...(JSON.parse(readFileSync(file, "utf8")) as Partial<Settings>) };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await writeFileAtomic(settingsPath(), JSON.stringify(settings, null, 2), { fsync: true, mode: 0o600 });
}

export async function addRecentProject(dir: string): Promise<void> {
  const settings = loadSettings();
  settings.recentProjects = [dir, ...settings.recentProjects.filter((d) => d !== dir)].slice(0, 10);
  await saveSettings(settings);
}
