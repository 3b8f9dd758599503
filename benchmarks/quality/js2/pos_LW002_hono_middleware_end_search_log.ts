// positive LW002: Hono middleware ends the per-request postgres.js client after next(), while the handler's search-log insert still floats
import { Hono } from "hono";
import postgres from "postgres";

type Env = { Bindings: { DATABASE_URL: string }; Variables: { sql: postgres.Sql } };
const app = new Hono<Env>();

app.use("/api/*", async (c, next) => {
  const sql = postgres(c.env.DATABASE_URL, { max: 1 });
  c.set("sql", sql);
  await next();
  await sql.end({ timeout: 1 });
});

async function logSearch(sql: postgres.Sql, term: string, hits: number) {
  await sql`INSERT INTO search_log (term, hits) VALUES (${term}, ${hits})`;
}

app.get("/api/search", async (c) => {
  const sql = c.get("sql");
  const term = c.req.query("q") ?? "";
  const rows = await sql`SELECT id, title FROM books WHERE title ILIKE ${"%" + term + "%"} LIMIT 25`;
  logSearch(sql, term, rows.length).catch((err) => console.warn("search log failed", err.message));
  return c.json(rows);
});

export default app;
