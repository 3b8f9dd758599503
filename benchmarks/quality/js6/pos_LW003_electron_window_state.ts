// positive LW003: Electron main process rewrites window-state.json in place with writeFileSync on every close; the file is read back at the next launch
import { app, BrowserWindow, screen } from "electron";
import fs from "node:fs";
import path from "node:path";

interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const statePath = path.join(app.getPath("userData"), "window-state.json");

function loadWindowState(): WindowState {
  try {
    return JSON.parse(fs.readFileSync(statePath, "utf8")) as WindowState;
  } catch {
    const { width, height } = screen.getPrimaryDisplay().workAreaSize;
    return { width: Math.round(width * 0.8), height: Math.round(height * 0.8), maximized: false };
  }
}

function saveWindowState(win: BrowserWindow): void {
  const bounds = win.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: win.isMaximized() };
  fs.writeFileSync(statePath, JSON.stringify(state, null, 2));
}

function createMainWindow(): BrowserWindow {
  const state = loadWindowState();
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    webPreferences: { preload: path.join(__dirname, "preload.js") },
  });
  if (state.maximized) win.maximize();
  win.on("close", () => saveWindowState(win));
  void win.loadFile(path.join(__dirname, "index.html"));
  return win;
}

app.whenReady().then(createMainWindow);
app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
