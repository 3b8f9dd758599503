// Positive LW003: package-manager lock state is streamed into the existing lockfile with createWriteStream.
const fs = require("node:fs");
const path = require("node:path");

function lockPath(projectDir) {
  return path.join(projectDir, "deps.lock.json");
}

function readLock(projectDir) {
  const file = lockPath(projectDir);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : { packages: {} };
}

function writeLock(projectDir, lock) {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(lockPath(projectDir));
    out.on("error", reject);
    out.on("finish", resolve);
    out.write("{\n  \"packages\": {\n");
    const names = Object.keys(lock.packages).sort();
    names.forEach((name, i) => {
      out.write(`    ${JSON.stringify(name)}: ${JSON.stringify(lock.packages[name])}${i < names.length - 1 ? "," : ""}\n`);
    });
    out.end("  }\n}\n");
  });
}

module.exports = { readLock, writeLock };
