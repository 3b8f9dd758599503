// positive LW003: Electron main process saves window-state.json on close with callback-style fs.writeFile onto the live file, then restores from it on the next launch
const { app, BrowserWindow, screen } = require("electron");
const fs = require("node:fs");
const path = require("node:path");

const stateFile = path.join(app.getPath("userData"), "window-state.json");

function readWindowState() {
  try {
    const state = JSON.parse(fs.readFileSync(stateFile, "utf8"));
    const area = screen.getDisplayMatching(state.bounds).workArea;
    if (state.bounds.x < area.x || state.bounds.y < area.y) return { bounds: { width: 1200, height: 800 } };
    return state;
  } catch {
    return { bounds: { width: 1200, height: 800 }, maximized: false };
  }
}

function saveWindowState(win) {
  const state = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
  fs.writeFile(stateFile, JSON.stringify(state), (err) => {
    if (err) console.error("could not save window state", err);
  });
}

function createWindow() {
  const state = readWindowState();
  const win = new BrowserWindow({ ...state.bounds, show: false });
  if (state.maximized) win.maximize();
  win.once("ready-to-show", () => win.show());
  win.on("close", () => saveWindowState(win));
  win.loadFile("index.html");
}

app.whenReady().then(createWindow);
app.on("window-all-closed", () => app.quit());
