// negative LW002: the fixed Hono middleware ends the client only after the writes the handler registered have settled (waitUntil)
import { Hono } from "hono";
import postgres from "postgres";

type Env = {
  Bindings: { DATABASE_URL: string };
  Variables: { sql: postgres.Sql; pending: Promise<unknown>[] };
};
const app = new Hono<Env>();

app.use("/api/*", async (c, next) => {
  const sql = postgres(c.env.DATABASE_URL, { max: 1 });
  c.set("sql", sql);
  c.set("pending", []);
  await next();
  c.executionCtx.waitUntil(Promise.allSettled(c.get("pending")).then(() => sql.end({ timeout: 1 })));
});

app.get("/api/search", async (c) => {
  const sql = c.get("sql");
  const term = c.req.query("q") ?? "";
  const rows = await sql`SELECT id, title FROM books WHERE title ILIKE ${"%" + term + "%"} LIMIT 25`;
  const logged = sql`INSERT INTO search_log (term, hits) VALUES (${term}, ${rows.length})`.catch((err) =>
    console.error("search log failed", { error: err.message, stack: err.stack }),
  );
  c.get("pending").push(logged);
  c.executionCtx.waitUntil(logged);
  return c.json(rows);
});

export default app;
