// positive LW002: Express route on a per-request pg Client starts touchDevice() (a region lookup, then the last_seen UPDATE on that client) without await; client.end() in finally closes the client before the UPDATE is issued
const express = require("express");
const { Client } = require("pg");
const { lookupRegion } = require("./geo");

const app = express();
app.use(express.json());

function tenantClient(req) {
  const tenant = req.get("x-tenant") || "public";
  return new Client({ connectionString: process.env.DATABASE_URL, options: `-c search_path=${tenant}` });
}

async function touchDevice(client, deviceId, ip) {
  const region = await lookupRegion(ip);
  await client.query(
    "UPDATE devices SET last_seen = now(), last_region = $2, seen_count = seen_count + 1 WHERE id = $1",
    [deviceId, region],
  );
}

app.get("/devices/:id", async (req, res, next) => {
  const client = tenantClient(req);
  await client.connect();
  try {
    const { rows } = await client.query("SELECT id, name, firmware, last_seen FROM devices WHERE id = $1", [
      req.params.id,
    ]);
    if (rows.length === 0) {
      return res.status(404).json({ error: "no such device" });
    }

    touchDevice(client, req.params.id, req.ip).catch((err) => console.warn("last_seen update failed:", err.message));

    res.json(rows[0]);
  } catch (err) {
    next(err);
  } finally {
    await client.end();
  }
});

app.listen(3000);
