// positive LW001: Hono route floats recordDownload(...).catch(warn): nothing awaits it and it is not handed to waitUntil
import { Hono } from "hono";
import postgres from "postgres";

type Env = { Bindings: { DATABASE_URL: string }; Variables: { sql: postgres.Sql } };

const app = new Hono<Env>();
const logger = { warn: (msg: string, meta?: object) => console.warn(msg, meta) };

async function getRelease(sql: postgres.Sql, slug: string) {
  const [release] = await sql`SELECT slug, version, url FROM releases WHERE slug = ${slug}`;
  return release;
}

async function recordDownload(sql: postgres.Sql, slug: string) {
  await sql`INSERT INTO downloads (slug, at) VALUES (${slug}, now())`;
}

app.get("/releases/:slug", async (c) => {
  const release = await getRelease(c.get("sql"), c.req.param("slug"));
  return c.json(release ?? { error: "not found" }, release ? 200 : 404);
});

app.get("/releases/:slug/download", async (c) => {
  const sql = c.get("sql");
  const release = await getRelease(sql, c.req.param("slug"));
  recordDownload(sql, release.slug).catch((err) => {
    logger.warn("download not counted", { slug: release.slug, error: err.message });
  });
  return c.redirect(release.url, 302);
});

export default app;
