// negative LW002: Express route on a per-request pg Client, the last_seen UPDATE is awaited inside try, so client.end() in finally runs after it
const express = require("express");
const { Client } = require("pg");

const app = express();

app.get("/devices/:id", async (req, res, next) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT id, name, firmware, last_seen FROM devices WHERE id = $1", [
      req.params.id,
    ]);
    if (rows.length === 0) {
      return res.status(404).json({ error: "no such device" });
    }
    await client.query("UPDATE devices SET last_seen = now(), seen_count = seen_count + 1 WHERE id = $1", [
      req.params.id,
    ]);
    res.json(rows[0]);
  } catch (err) {
    next(err);
  } finally {
    await client.end();
  }
});

app.listen(3000);
