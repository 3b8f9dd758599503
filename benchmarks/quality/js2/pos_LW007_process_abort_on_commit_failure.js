// positive LW007: a journal writer calls process.abort() when the SQLite commit throws, with no log line naming the entry
const Database = require("better-sqlite3");

class JournalWriter {
  constructor(file) {
    this.db = new Database(file);
    this.insert = this.db.prepare("INSERT INTO journal (id, kind, body) VALUES (@id, @kind, @body)");
  }

  write(entry) {
    try {
      this.db.transaction(() => this.insert.run(entry))();
    } catch {
      process.abort();
    }
  }

  count() {
    return this.db.prepare("SELECT count(*) AS n FROM journal").get().n;
  }
}

module.exports = { JournalWriter };
