// positive LW002: Hono middleware opens a Neon Client per request and ends it after next(); the search handler leaves recordSearch running on that client
import { Hono, type MiddlewareHandler } from "hono";
import { Client } from "@neondatabase/serverless";

type Env = { Bindings: { DATABASE_URL: string }; Variables: { db: Client } };

const withDb: MiddlewareHandler<Env> = async (c, next) => {
  const db = new Client(c.env.DATABASE_URL);
  await db.connect();
  c.set("db", db);
  try {
    await next();
  } finally {
    await db.end();
  }
};

async function searchBooks(db: Client, q: string) {
  const { rows } = await db.query(
    "SELECT id, title, author FROM books WHERE search_vector @@ plainto_tsquery($1) LIMIT 20",
    [q],
  );
  return rows;
}

async function recordSearch(db: Client, q: string, hits: number) {
  await db.query("INSERT INTO search_log (query, hits, searched_at) VALUES ($1, $2, now())", [q, hits]);
  await db.query(
    "INSERT INTO popular_queries (query, n) VALUES ($1, 1) ON CONFLICT (query) DO UPDATE SET n = popular_queries.n + 1",
    [q],
  );
}

const app = new Hono<Env>();
app.use("/api/*", withDb);

app.get("/api/search", async (c) => {
  const db = c.get("db");
  const q = c.req.query("q") ?? "";
  const rows = await searchBooks(db, q);
  recordSearch(db, q, rows.length).catch((err) => {
    console.warn("search log failed", err.message);
  });
  return c.json({ results: rows });
});

export default app;
