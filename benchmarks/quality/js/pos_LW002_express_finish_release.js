// positive LW002: Express middleware releases req.db when the response finishes; the route fires an UPDATE on req.db without awaiting it
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool();
const app = express();

app.use(async (req, res, next) => {
  req.db = await pool.connect();
  res.on("finish", () => req.db.release());
  next();
});

app.get("/orders/:id", async (req, res) => {
  const { rows } = await req.db.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.sendStatus(404);
  req.db.query("UPDATE orders SET viewed_by_customer = true WHERE id = $1", [req.params.id]);
  res.json(rows[0]);
});

module.exports = app;
