// negative LW003: Express admin API writes flags.json through a temp file with fsync and rename (plus directory fsync), serialised by a promise chain
const express = require("express");
const fs = require("fs");
const fsp = require("fs/promises");
const path = require("path");

const STATE_DIR = process.env.STATE_DIR || "/var/lib/flagd";
const FLAGS_FILE = path.join(STATE_DIR, "flags.json");
let flags = JSON.parse(fs.readFileSync(FLAGS_FILE, "utf8"));
let writeChain = Promise.resolve();

async function persistFlags(data) {
  const tmp = `${FLAGS_FILE}.${process.pid}.tmp`;
  const fh = await fsp.open(tmp, "w");
  try {
    await fh.writeFile(JSON.stringify(data, null, 2));
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fsp.rename(tmp, FLAGS_FILE);
  const dir = await fsp.open(STATE_DIR, "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

const app = express();
app.use(express.json());

app.put("/flags/:name", async (req, res, next) => {
  const { enabled, rollout } = req.body;
  const updated = { ...flags, [req.params.name]: { enabled: Boolean(enabled), rollout: Number(rollout ?? 100), at: Date.now() } };
  const run = writeChain.then(() => persistFlags(updated));
  writeChain = run.catch(() => {});
  try {
    await run;
    flags = updated;
    res.json(flags[req.params.name]);
  } catch (err) {
    next(err);
  }
});

app.listen(4005);
