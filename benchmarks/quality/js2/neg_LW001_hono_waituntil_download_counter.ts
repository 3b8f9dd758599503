// negative LW001: the fixed Hono route hands recordDownload(...) to executionCtx.waitUntil with an error-level catch
import { Hono } from "hono";
import postgres from "postgres";

type Env = { Bindings: { DATABASE_URL: string }; Variables: { sql: postgres.Sql } };

const app = new Hono<Env>();

async function recordDownload(sql: postgres.Sql, slug: string) {
  await sql`INSERT INTO downloads (slug, at) VALUES (${slug}, now())`;
}

app.get("/releases/:slug/download", async (c) => {
  const sql = c.get("sql");
  const [release] = await sql`SELECT slug, url FROM releases WHERE slug = ${c.req.param("slug")}`;
  c.executionCtx.waitUntil(
    recordDownload(sql, release.slug).catch((err) => {
      console.error("download not counted", { slug: release.slug, error: err.message, stack: err.stack });
    }),
  );
  return c.redirect(release.url, 302);
});

export default app;
