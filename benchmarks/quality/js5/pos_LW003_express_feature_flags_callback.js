// positive LW003: Express admin API rewrites flags.json (the feature-flag state every instance loads at boot) in place with the callback fs.writeFile on each toggle
const express = require("express");
const fs = require("fs");
const path = require("path");

const FLAGS_FILE = path.join(process.env.STATE_DIR || "/var/lib/flagd", "flags.json");
let flags = JSON.parse(fs.readFileSync(FLAGS_FILE, "utf8"));

const app = express();
app.use(express.json());

app.get("/flags", (req, res) => res.json(flags));

app.put("/flags/:name", (req, res, next) => {
  const { enabled, rollout } = req.body;
  const next_ = { ...flags, [req.params.name]: { enabled: Boolean(enabled), rollout: Number(rollout ?? 100), at: Date.now() } };
  fs.writeFile(FLAGS_FILE, JSON.stringify(next_, null, 2), (err) => {
    if (err) return next(err);
    flags = next_;
    res.json(flags[req.params.name]);
  });
});

app.listen(4005);
