// negative LW001: the view tracking write goes through c.executionCtx.waitUntil with an error-level catch (the field fix)
import { Hono } from "hono";
import postgres from "postgres";
import { logger } from "./logger";

type Env = { Bindings: { DATABASE_URL: string } };
const app = new Hono<Env>();

async function trackAuthorView(sql: postgres.Sql, authorKey: string) {
  await sql`UPDATE enriched_authors SET view_count = view_count + 1, last_viewed_at = now() WHERE author_key = ${authorKey}`;
}

app.get("/api/authors/:key", async (c) => {
  const sql = postgres(c.env.DATABASE_URL);
  const [author] = await sql`SELECT * FROM enriched_authors WHERE author_key = ${c.req.param("key")}`;
  if (!author) return c.notFound();

  c.executionCtx.waitUntil(
    trackAuthorView(sql, author.author_key).catch((err) => {
      logger.error("view tracking failed", { authorKey: author.author_key, error: err.message, stack: err.stack });
    }),
  );

  return c.json(author);
});

export default app;
