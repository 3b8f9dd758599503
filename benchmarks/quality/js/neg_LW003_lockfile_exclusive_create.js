// negative LW003: a pid lock file is created exclusively with flag "wx" and removed on exit
const fs = require("fs");

function acquireLock(lockPath) {
  try {
    fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (err) {
    if (err.code === "EEXIST") {
      throw new Error(`another instance holds ${lockPath}`);
    }
    throw err;
  }
  process.on("exit", () => fs.rmSync(lockPath, { force: true }));
}

module.exports = { acquireLock };
