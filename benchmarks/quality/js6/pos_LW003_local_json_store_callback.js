// positive LW003: a tiny JSON document store for a desktop agent flushes its whole state file with callback fs.writeFile onto the live path (debounced), read back at startup
const fs = require("fs");
const path = require("path");

class JsonStateStore {
  constructor(dir) {
    this.file = path.join(dir, "agent-state.json");
    this.data = { jobs: {}, settings: {} };
    this.timer = null;
  }

  load() {
    if (fs.existsSync(this.file)) {
      this.data = JSON.parse(fs.readFileSync(this.file, "utf8"));
    }
    return this;
  }

  get(collection, id) {
    return (this.data[collection] || {})[id];
  }

  set(collection, id, value) {
    this.data[collection] = this.data[collection] || {};
    this.data[collection][id] = value;
    this.scheduleFlush();
  }

  scheduleFlush() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), 250);
  }

  flush(done) {
    fs.writeFile(this.file, JSON.stringify(this.data), (err) => {
      if (err) console.error("state flush failed", err);
      if (done) done(err);
    });
  }
}

module.exports = { JsonStateStore };
