// negative LW003: CLI tool saves the profiles config via a temp file in the same directory, fsync, renameSync over the target, then fsyncs the directory
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");

const CONFIG_DIR = process.env.DEPLOYCTL_HOME || path.join(os.homedir(), ".deployctl");
const CONFIG_PATH = path.join(CONFIG_DIR, "config.json");

function loadConfig() {
  try {
    return JSON.parse(fs.readFileSync(CONFIG_PATH, "utf8"));
  } catch (err) {
    if (err.code === "ENOENT") return { current: null, profiles: {} };
    throw err;
  }
}

function saveConfig(cfg) {
  fs.mkdirSync(CONFIG_DIR, { recursive: true, mode: 0o700 });
  const tmp = path.join(CONFIG_DIR, `.config.json.${process.pid}.${crypto.randomBytes(4).toString("hex")}`);
  const fd = fs.openSync(tmp, "wx", 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(cfg, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, CONFIG_PATH);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  const dirFd = fs.openSync(CONFIG_DIR, "r");
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
}

function cmdLogin(name, endpoint, token) {
  const cfg = loadConfig();
  cfg.profiles[name] = { endpoint, token, addedAt: new Date().toISOString() };
  cfg.current = cfg.current || name;
  saveConfig(cfg);
  console.log(`profile ${name} saved`);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === "login") cmdLogin(args[0], args[1], args[2]);
else console.log("usage: deployctl login <name> <endpoint> <token>");
