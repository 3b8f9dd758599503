// negative LW003: fixed form: Electron window state is written to a temp file in the same directory, fsynced, renamed over the target, then the directory is fsynced
import { app, BrowserWindow } from "electron";
import fs from "node:fs";
import path from "node:path";

interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const stateDir = app.getPath("userData");
const statePath = path.join(stateDir, "window-state.json");

function atomicWriteFileSync(target: string, data: string): void {
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  const fd = fs.openSync(tmp, "w", 0o600);
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  const dirFd = fs.openSync(path.dirname(target), "r");
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
}

function saveWindowState(win: BrowserWindow): void {
  const state: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() };
  atomicWriteFileSync(statePath, JSON.stringify(state, null, 2));
}

export function trackWindow(win: BrowserWindow): void {
  win.on("close", () => saveWindowState(win));
}
