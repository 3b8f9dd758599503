// negative LW003: Express access log appended with fs.appendFile (append-only, nothing rewritten in place)
const fs = require("fs");
const express = require("express");

const ACCESS_LOG = "/var/log/shop/access.log";
const app = express();

app.use((req, res, next) => {
  const started = Date.now();
  res.on("finish", () => {
    const line = `${new Date().toISOString()} ${req.method} ${req.originalUrl} ${res.statusCode} ${Date.now() - started}ms\n`;
    fs.appendFile(ACCESS_LOG, line, (err) => {
      if (err) console.error("access log write failed", err);
    });
  });
  next();
});

module.exports = app;
