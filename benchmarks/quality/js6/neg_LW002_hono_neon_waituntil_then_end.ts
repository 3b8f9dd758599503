// negative LW002: fixed form: the search-log write is registered as pending and passed to waitUntil; the middleware ends the Neon client only after the pending writes settle
import { Hono, type MiddlewareHandler } from "hono";
import { Client } from "@neondatabase/serverless";

type Env = {
  Bindings: { DATABASE_URL: string };
  Variables: { db: Client; pending: Promise<unknown>[] };
};

const withDb: MiddlewareHandler<Env> = async (c, next) => {
  const db = new Client(c.env.DATABASE_URL);
  await db.connect();
  const pending: Promise<unknown>[] = [];
  c.set("db", db);
  c.set("pending", pending);
  try {
    await next();
  } finally {
    c.executionCtx.waitUntil(Promise.allSettled(pending).then(() => db.end()));
  }
};

async function recordSearch(db: Client, q: string, hits: number) {
  await db.query("INSERT INTO search_log (query, hits, searched_at) VALUES ($1, $2, now())", [q, hits]);
}

const app = new Hono<Env>();
app.use("/api/*", withDb);

app.get("/api/search", async (c) => {
  const db = c.get("db");
  const q = c.req.query("q") ?? "";
  const { rows } = await db.query("SELECT id, title FROM books WHERE search_vector @@ plainto_tsquery($1) LIMIT 20", [q]);
  const logged = recordSearch(db, q, rows.length).catch((err) => {
    console.error("search log failed", { q, error: err.message, stack: err.stack });
  });
  c.get("pending").push(logged);
  c.executionCtx.waitUntil(logged);
  return c.json({ results: rows });
});

export default app;
