// Negative LW003: log forwarder flushes offsets via writeFileSync to a temp path, fsyncSync, renameSync and a directory fsync.
const fs = require("node:fs");
const path = require("node:path");

function writeAtomicSync(file, contents) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, "w");
  try {
    fs.writeFileSync(fd, contents);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  const dirFd = fs.openSync(path.dirname(file), "r");
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
}

class OffsetTracker {
  constructor(file) {
    this.file = file;
    this.offsets = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  }

  advance(source, to) {
    this.offsets[source] = to;
  }

  flush() {
    writeAtomicSync(this.file, JSON.stringify(this.offsets));
  }
}

module.exports = { OffsetTracker, writeAtomicSync };
