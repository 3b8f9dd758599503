// positive LW003: desktop app persists user settings by piping JSON into fs.createWriteStream(settings.json), which truncates the live file first
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { app } from "electron";

export type Settings = {
  theme: "light" | "dark" | "system";
  fontSize: number;
  recentProjects: string[];
  telemetry: boolean;
};

const DEFAULTS: Settings = { theme: "system", fontSize: 14, recentProjects: [], telemetry: false };

function settingsPath(): string {
  return path.join(app.getPath("userData"), "settings.json");
}

export function loadSettings(): Settings {
  const file = settingsPath();
  if (!existsSync(file)) return { ...DEFAULTS };
  return { ...DEFAULTS, ...(JSON.parse(readFileSync(file, "utf8")) as Partial<Settings>) };
}

export async function saveSettings(settings: Settings): Promise<void> {
  const out = createWriteStream(settingsPath(), { encoding: "utf8" });
  out.write(JSON.stringify(settings, null, 2));
  out.end();
  await once(out, "finish");
}

export async function addRecentProject(dir: string): Promise<void> {
  const settings = loadSettings();
  settings.recentProjects = [dir, ...settings.recentProjects.filter((d) => d !== dir)].slice(0, 10);
  await saveSettings(settings);
}
