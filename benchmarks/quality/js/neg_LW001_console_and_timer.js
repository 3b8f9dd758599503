// negative LW001: only console logging and an in-memory timer run in the background; the write is awaited
const express = require("express");
const { pool } = require("./db");

const app = express();
app.use(express.json());
const recentSubmitters = new Set();

app.post("/feedback", async (req, res) => {
  const { rows } = await pool.query(
    "INSERT INTO feedback (author, body) VALUES ($1, $2) RETURNING id",
    [req.body.author, req.body.body],
  );
  recentSubmitters.add(req.ip);
  setTimeout(() => recentSubmitters.delete(req.ip), 30_000);
  console.info("feedback stored", rows[0].id);
  res.status(201).json({ id: rows[0].id });
});

module.exports = app;
