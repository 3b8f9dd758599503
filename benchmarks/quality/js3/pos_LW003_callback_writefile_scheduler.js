// Positive LW003: scheduler persists last-run times with callback-style fs.writeFile over its state file.
const fs = require("node:fs");

class Scheduler {
  constructor(statePath, jobs) {
    this.statePath = statePath;
    this.jobs = jobs;
    this.lastRun = fs.existsSync(statePath) ? JSON.parse(fs.readFileSync(statePath, "utf8")) : {};
  }

  due(now) {
    return this.jobs.filter((job) => now - (this.lastRun[job.name] ?? 0) >= job.everyMs);
  }

  persist() {
    return new Promise((resolve, reject) => {
      fs.writeFile(this.statePath, JSON.stringify(this.lastRun), (err) => (err ? reject(err) : resolve()));
    });
  }

  async tick(now = Date.now()) {
    for (const job of this.due(now)) {
      await job.run();
      this.lastRun[job.name] = now;
    }
    await this.persist();
  }
}

module.exports = { Scheduler };
