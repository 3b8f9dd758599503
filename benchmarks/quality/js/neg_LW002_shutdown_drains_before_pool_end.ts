// negative LW002: background writes are tracked in a set and drained on SIGTERM before pool.end()
import express from "express";
import { Pool } from "pg";

const pool = new Pool();
const inFlight = new Set<Promise<unknown>>();
const app = express();

function background(p: Promise<unknown>) {
  const tracked = p
    .catch((err) => console.error("background write failed", err))
    .finally(() => inFlight.delete(tracked));
  inFlight.add(tracked);
}

app.post("/events", express.json(), (req, res) => {
  background(pool.query("INSERT INTO client_events (kind, body) VALUES ($1, $2)", [req.body.kind, req.body]));
  res.sendStatus(202);
});

const server = app.listen(8080);

process.on("SIGTERM", () => {
  server.close(async () => {
    await Promise.allSettled([...inFlight]);
    await pool.end();
    process.exit(0);
  });
});
