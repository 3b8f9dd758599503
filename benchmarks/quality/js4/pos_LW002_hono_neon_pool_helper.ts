// positive LW002: Hono middleware ends the request's Neon Pool after next(); the search route fires saveSearch(pool, ...) without awaiting, so the INSERT runs on a closed pool
import { Hono } from "hono";
import { Pool } from "@neondatabase/serverless";

type Env = {
  Bindings: { DATABASE_URL: string };
  Variables: { pool: Pool; userId: string | null };
};

const app = new Hono<Env>();

app.use("*", async (c, next) => {
  const pool = new Pool({ connectionString: c.env.DATABASE_URL });
  c.set("pool", pool);
  c.set("userId", c.req.header("x-user-id") ?? null);
  await next();
  await pool.end();
});

async function saveSearch(pool: Pool, userId: string | null, query: string, hits: number) {
  await pool.query(
    "INSERT INTO search_history (user_id, query, hits, searched_at) VALUES ($1, $2, $3, now())",
    [userId, query, hits],
  );
}

app.get("/api/search", async (c) => {
  const pool = c.get("pool");
  const q = c.req.query("q")?.trim() ?? "";
  if (q.length < 2) {
    return c.json({ results: [] });
  }
  const { rows } = await pool.query(
    "SELECT id, title, author FROM books WHERE title ILIKE $1 ORDER BY popularity DESC LIMIT 20",
    [`%${q}%`],
  );

  saveSearch(pool, c.get("userId"), q, rows.length).catch((err) => {
    console.warn("search history not saved", err.message);
  });

  return c.json({ results: rows });
});

export default app;
