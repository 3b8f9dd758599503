// positive LW003: CLI `config set` command rewrites ~/.deployctl/config.json in place with fs.writeFileSync
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
  fs.writeFileSync(CONFIG_PATH, JSON.stringify(config, null, 2) + "\n", { mode: 0o600 });
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
    console.log(`${profile}.${key} = ${value}`);
  });

program
  .command("use <profile>")
  .action((profile) => {
    const config = readConfig();
    config.currentProfile = profile;
    writeConfig(config);
  });

program.parse();
