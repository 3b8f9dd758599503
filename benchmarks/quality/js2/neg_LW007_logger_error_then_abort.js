// negative LW007: the journal writer logs the entry id and error before process.abort()
const Database = require("better-sqlite3");
const logger = require("./logger");

class JournalWriter {
  constructor(file) {
    this.db = new Database(file);
    this.insert = this.db.prepare("INSERT INTO journal (id, kind, body) VALUES (@id, @kind, @body)");
  }

  write(entry) {
    try {
      this.db.transaction(() => this.insert.run(entry))();
    } catch (err) {
      logger.error({ entryId: entry.id, kind: entry.kind, err }, "journal commit failed, aborting");
      process.abort();
    }
  }
}

module.exports = { JournalWriter };
