// negative LW001: callback-form fs.writeFile; the response is sent only from the callback after the write finished
const fs = require("node:fs");
const path = require("node:path");
const express = require("express");

const app = express();
const UPLOAD_DIR = "/srv/uploads";

app.put("/files/:name", express.raw({ limit: "5mb", type: "*/*" }), (req, res, next) => {
  const target = path.join(UPLOAD_DIR, path.basename(req.params.name));
  fs.writeFile(target, req.body, (err) => {
    if (err) return next(err);
    res.status(201).json({ name: path.basename(target), bytes: req.body.length });
  });
});

module.exports = app;
