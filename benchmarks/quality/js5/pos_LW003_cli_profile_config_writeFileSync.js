// positive LW003: CLI tool saves the user's profiles config (~/.deployctl/config.json, read back on every run) with writeFileSync straight over the live file
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

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
  fs.writeFileSync(CONFIG_PATH, JSON.stringify(cfg, null, 2), { mode: 0o600 });
}

function cmdLogin(name, endpoint, token) {
  const cfg = loadConfig();
  cfg.profiles[name] = { endpoint, token, addedAt: new Date().toISOString() };
  cfg.current = cfg.current || name;
  saveConfig(cfg);
  console.log(`profile ${name} saved`);
}

function cmdUse(name) {
  const cfg = loadConfig();
  if (!cfg.profiles[name]) {
    console.error(`no profile named ${name}`);
    process.exitCode = 1;
    return;
  }
  cfg.current = name;
  saveConfig(cfg);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === "login") cmdLogin(args[0], args[1], args[2]);
else if (cmd === "use") cmdUse(args[0]);
else console.log("usage: deployctl login <name> <endpoint> <token> | use <name>");
