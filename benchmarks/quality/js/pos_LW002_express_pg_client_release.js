// positive LW002: Express handler releases its pooled pg client in finally while an un-awaited INSERT still uses it
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();

app.get("/reports/:id", async (req, res, next) => {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT * FROM reports WHERE id = $1", [req.params.id]);
    if (rows.length === 0) return res.sendStatus(404);

    client.query("INSERT INTO report_downloads (report_id, user_id) VALUES ($1, $2)", [
      req.params.id,
      req.user.id,
    ]);

    res.json(rows[0]);
  } catch (err) {
    next(err);
  } finally {
    client.release();
  }
});

module.exports = app;
