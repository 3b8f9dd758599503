// positive LW003: the build cache manifest read at every start is rewritten in place with writeFileSync
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

const CACHE_DIR = path.resolve(".cache/builder");
const MANIFEST = path.join(CACHE_DIR, "manifest.json");

function loadManifest() {
  return fs.existsSync(MANIFEST) ? JSON.parse(fs.readFileSync(MANIFEST, "utf8")) : { entries: {} };
}

function recordBuild(manifest, file, output) {
  const hash = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  manifest.entries[file] = { hash, output, builtAt: Date.now() };
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(MANIFEST, JSON.stringify(manifest));
}

module.exports = { loadManifest, recordBuild };
