// negative LW003: job events go to an append-only JSONL journal, and the state snapshot is written with write-file-atomic (temp + fsync + rename)
const fs = require("fs/promises");
const path = require("path");
const writeFileAtomic = require("write-file-atomic");

class JobJournal {
  constructor(dir) {
    this.journal = path.join(dir, "jobs.jsonl");
    this.snapshot = path.join(dir, "jobs-state.json");
    this.state = { jobs: {} };
  }

  async record(event) {
    this.state.jobs[event.jobId] = { status: event.status, at: event.at };
    await fs.appendFile(this.journal, JSON.stringify(event) + "\n", { flag: "a" });
  }

  async snapshotState() {
    await writeFileAtomic(this.snapshot, JSON.stringify(this.state), { fsync: true });
  }

  async restore() {
    try {
      this.state = JSON.parse(await fs.readFile(this.snapshot, "utf8"));
    } catch (err) {
      if (err.code !== "ENOENT") throw err;
    }
    return this.state;
  }
}

module.exports = { JobJournal };
