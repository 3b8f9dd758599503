// Negative LW002: Express handler awaits the search-log insert before responding; the client ends on "finish" afterwards.
const express = require("express");
const { Client } = require("pg");

const app = express();

app.use(async (req, res, next) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  req.db = client;
  res.on("finish", () => {
    client.end().catch((err) => console.error("pg client end failed", err));
  });
  next();
});

app.get("/search", async (req, res, next) => {
  try {
    const q = String(req.query.q ?? "").trim();
    const { rows } = await req.db.query("SELECT id, title FROM listings WHERE title ILIKE $1 LIMIT 20", [`%${q}%`]);
    await req.db.query("INSERT INTO search_log (query, results) VALUES ($1, $2)", [q, rows.length]);
    res.json({ results: rows });
  } catch (err) {
    next(err);
  }
});

module.exports = app;
