// negative LW002: the client released in finally is only used for the awaited read; the background write goes through the pool and is tracked by waitUntil-like keeper
const express = require("express");
const { Pool } = require("pg");
const { keeper } = require("./keeper");

const pool = new Pool();
const app = express();

app.get("/reports/:id", async (req, res, next) => {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT * FROM reports WHERE id = $1", [req.params.id]);
    if (rows.length === 0) return res.sendStatus(404);
    keeper.track(pool.query("INSERT INTO report_downloads (report_id) VALUES ($1)", [req.params.id]));
    res.json(rows[0]);
  } catch (err) {
    next(err);
  } finally {
    client.release();
  }
});

module.exports = app;
