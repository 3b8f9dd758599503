// positive LW007: the fs.appendFile callback exits the process on a failed spool write without logging which file or why
const fs = require("fs");

function spoolEvents(spoolFile, events) {
  const lines = events.map((e) => JSON.stringify(e)).join("\n") + "\n";
  fs.appendFile(spoolFile, lines, (err) => {
    if (err) process.exit(1);
  });
}

module.exports = { spoolEvents };
