// negative LW007: the bare process.exit(0) here is a clean SIGTERM shutdown after the HTTP server closed and the pending writes drained, not a reaction to a failed write
import http from "node:http";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const inFlight = new Set<Promise<unknown>>();

const server = http.createServer(async (req, res) => {
  if (req.method === "POST" && req.url === "/pings") {
    const write = pool.query("INSERT INTO pings (at) VALUES (now())");
    inFlight.add(write);
    try {
      await write;
      res.writeHead(201).end();
    } catch (err) {
      console.error("ping insert failed", err);
      res.writeHead(500).end();
    } finally {
      inFlight.delete(write);
    }
    return;
  }
  res.writeHead(404).end();
});

server.listen(8080);

process.on("SIGTERM", () => {
  server.close(async () => {
    await Promise.allSettled([...inFlight]);
    await pool.end();
    process.exit(0);
  });
});
