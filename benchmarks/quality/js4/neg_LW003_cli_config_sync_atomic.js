// negative LW003: CLI `config set` command writes config.json to a temp file, fsyncs it, renames it over the old one and fsyncs the directory
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { Command } = require("commander");

const CONFIG_DIR = path.join(os.homedir(), ".deployctl");
const CONFIG_PATH = path.join(CONFIG_DIR, "config.json");

function readConfig() {
  if (!fs.existsSync(CONFIG_PATH)) return { profiles: {}, currentProfile: "default" };
  return JSON.parse(fs.readFileSync(CONFIG_PATH, "utf8"));
}

function writeConfig(config) {
  fs.mkdirSync(CONFIG_DIR, { recursive: true });
  const tmp = `${CONFIG_PATH}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, "w", 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(config, null, 2) + "\n");
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, CONFIG_PATH);
  const dirFd = fs.openSync(CONFIG_DIR, "r");
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
}

const program = new Command("deployctl");

program
  .command("config")
  .command("set <key> <value>")
  .option("-p, --profile <name>", "profile to change")
  .action((key, value, opts) => {
    const config = readConfig();
    const profile = opts.profile ?? config.currentProfile;
    config.profiles[profile] ??= {};
    config.profiles[profile][key] = value;
    writeConfig(config);
  });

program.parse();
