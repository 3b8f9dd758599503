// positive LW003: Electron main process overwrites settings.json under userData in place
import { app, ipcMain } from "electron";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Settings = { theme: "light" | "dark"; fontSize: number; recentFiles: string[] };

const settingsPath = () => path.join(app.getPath("userData"), "settings.json");

function readSettings(): Settings {
  try {
    return JSON.parse(readFileSync(settingsPath(), "utf-8"));
  } catch {
    return { theme: "light", fontSize: 14, recentFiles: [] };
  }
}

ipcMain.handle("settings:update", (_event, patch: Partial<Settings>) => {
  const next = { ...readSettings(), ...patch };
  writeFileSync(settingsPath(), JSON.stringify(next, null, 2), "utf-8");
  return next;
});
