// negative LW002: Hono middleware closes the request's Neon Pool only after the handler's registered writes settle, all inside executionCtx.waitUntil
import { Hono } from "hono";
import { Pool } from "@neondatabase/serverless";

type Env = {
  Bindings: { DATABASE_URL: string };
  Variables: { pool: Pool; pending: Promise<unknown>[] };
};

const app = new Hono<Env>();

app.use("*", async (c, next) => {
  const pool = new Pool({ connectionString: c.env.DATABASE_URL });
  c.set("pool", pool);
  c.set("pending", []);
  await next();
  c.executionCtx.waitUntil(Promise.allSettled(c.get("pending")).then(() => pool.end()));
});

async function saveSearch(pool: Pool, query: string, hits: number) {
  await pool.query("INSERT INTO search_history (query, hits, searched_at) VALUES ($1, $2, now())", [
    query,
    hits,
  ]);
}

app.get("/api/search", async (c) => {
  const pool = c.get("pool");
  const q = c.req.query("q")?.trim() ?? "";
  const { rows } = await pool.query("SELECT id, title FROM books WHERE title ILIKE $1 LIMIT 20", [`%${q}%`]);

  const saved = saveSearch(pool, q, rows.length).catch((err: Error) => {
    console.error("search history insert failed", { query: q, error: err.message, stack: err.stack });
  });
  c.get("pending").push(saved);
  c.executionCtx.waitUntil(saved);

  return c.json({ results: rows });
});

export default app;
