// positive LW003: a CommonJS CLI "config set" command rewrites ~/.deployrc.json in place with writeFileSync
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const RC = path.join(os.homedir(), ".deployrc.json");

function readConfig() {
  return fs.existsSync(RC) ? JSON.parse(fs.readFileSync(RC, "utf8")) : {};
}

function setConfig(key, value) {
  const config = readConfig();
  config[key] = value;
  fs.writeFileSync(RC, JSON.stringify(config, null, 2) + "\n");
}

const [, , cmd, key, value] = process.argv;
if (cmd === "set" && key) {
  setConfig(key, value);
  console.log(`${key} = ${value}`);
}
