// positive LW003: callback-form fs.writeFile overwrites the live config file in place
const fs = require("fs");
const path = require("path");

const CONFIG_PATH = path.join(process.env.APP_HOME || __dirname, "config.json");

function updateConfig(patch, callback) {
  fs.readFile(CONFIG_PATH, "utf8", (readErr, raw) => {
    if (readErr) return callback(readErr);
    const config = { ...JSON.parse(raw), ...patch };
    fs.writeFile(CONFIG_PATH, JSON.stringify(config, null, 2), (writeErr) => {
      if (writeErr) return callback(writeErr);
      callback(null, config);
    });
  });
}

module.exports = { updateConfig };
