// negative LW002: handler registers its background write and waitUntil()s it; middleware ends the client only after the pending writes settle
import { Hono } from "hono";
import postgres from "postgres";
import { logger } from "./logger";

type Env = {
  Bindings: { DATABASE_URL: string };
  Variables: { sql: postgres.Sql; pending: Promise<unknown>[] };
};
const app = new Hono<Env>();

app.use("*", async (c, next) => {
  const sql = postgres(c.env.DATABASE_URL);
  c.set("sql", sql);
  c.set("pending", []);
  await next();
  c.executionCtx.waitUntil(Promise.allSettled(c.get("pending")).then(() => sql.end()));
});

async function trackAuthorView(sql: postgres.Sql, key: string) {
  await sql`UPDATE enriched_authors SET view_count = view_count + 1 WHERE author_key = ${key}`;
}

app.get("/api/authors/:key", async (c) => {
  const sql = c.get("sql");
  const [author] = await sql`SELECT * FROM enriched_authors WHERE author_key = ${c.req.param("key")}`;
  if (!author) return c.notFound();
  const tracked = trackAuthorView(sql, author.author_key).catch((err) => {
    logger.error("view tracking failed", { error: err.message, stack: err.stack });
  });
  c.get("pending").push(tracked);
  c.executionCtx.waitUntil(tracked);
  return c.json(author);
});

export default app;
