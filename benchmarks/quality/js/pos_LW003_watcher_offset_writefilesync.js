// positive LW003: a log watcher stores its read offset with writeFileSync onto the live state file after each batch
const fs = require("fs");

class TailState {
  constructor(file) {
    this.file = file;
    this.state = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : { offset: 0, inode: null };
  }

  advance(offset, inode) {
    this.state = { offset, inode, updatedAt: new Date().toISOString() };
    fs.writeFileSync(this.file, JSON.stringify(this.state));
  }
}

module.exports = { TailState };
