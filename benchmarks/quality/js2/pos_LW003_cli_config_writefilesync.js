// positive LW003: a CLI's `login` command stores the token in ~/.config/tool/config.json with fs.writeFileSync in place
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CONFIG_DIR = path.join(os.homedir(), ".config", "shipit");
const CONFIG_FILE = path.join(CONFIG_DIR, "config.json");

function readConfig() {
  try {
    return JSON.parse(fs.readFileSync(CONFIG_FILE, "utf8"));
  } catch {
    return {};
  }
}

function login(token, profile = "default") {
  const config = readConfig();
  config.profiles = { ...(config.profiles || {}), [profile]: { token, savedAt: new Date().toISOString() } };
  fs.mkdirSync(CONFIG_DIR, { recursive: true });
  fs.writeFileSync(CONFIG_FILE, JSON.stringify(config, null, 2));
  console.log(`logged in as ${profile}`);
}

module.exports = { login, readConfig };
