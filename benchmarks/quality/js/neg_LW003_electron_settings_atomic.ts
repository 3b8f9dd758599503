// negative LW003: Electron settings written to a temp sibling, fsynced, and renamed over settings.json
import { app, ipcMain } from "electron";
import { openSync, writeSync, fsyncSync, closeSync, renameSync, readFileSync } from "node:fs";
import path from "node:path";

type Settings = { theme: "light" | "dark"; fontSize: number };

const settingsPath = () => path.join(app.getPath("userData"), "settings.json");

function writeSettingsAtomically(settings: Settings): void {
  const target = settingsPath();
  const tmp = `${target}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, JSON.stringify(settings, null, 2));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
}

ipcMain.handle("settings:update", (_event, patch: Partial<Settings>) => {
  const current: Settings = JSON.parse(readFileSync(settingsPath(), "utf-8"));
  const next = { ...current, ...patch };
  writeSettingsAtomically(next);
  return next;
});
