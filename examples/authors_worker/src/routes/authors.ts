import { Hono } from "hono";
import { withSql } from "../middleware/db";

const app = new Hono();
app.use("*", withSql);

async function trackAuthorView(sql, authorKey: string) {
  await sql`UPDATE enriched_authors SET view_count = view_count + 1, last_viewed_at = now()
            WHERE author_key = ${authorKey}`;
}

app.get("/api/authors/:key", async (c) => {
  const sql = c.get("sql");
  const [author] = await sql`SELECT * FROM enriched_authors WHERE author_key = ${c.req.param("key")}`;
  trackAuthorView(sql, author.author_key).catch((err) => {
    console.warn("[AuthorDetails] Failed to track view", err);
  });
  return c.json({ ...author });
});

export default app;
