// Positive LW002: Express opens a pg Client per request and ends it on "finish"; the search-log insert is not awaited.
const express = require("express");
const { Client } = require("pg");

const app = express();

app.use(async (req, res, next) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  req.db = client;
  res.on("finish", () => {
    client.end().catch(() => {});
  });
  next();
});

app.get("/search", async (req, res) => {
  const q = String(req.query.q ?? "").trim();
  const { rows } = await req.db.query(
    "SELECT id, title FROM listings WHERE search_vector @@ plainto_tsquery($1) LIMIT 20",
    [q],
  );
  req.db.query("INSERT INTO search_log (query, results, at) VALUES ($1, $2, now())", [q, rows.length]);
  res.json({ results: rows });
});

module.exports = app;
