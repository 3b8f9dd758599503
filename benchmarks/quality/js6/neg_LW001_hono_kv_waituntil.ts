// negative LW001: Hono Worker awaits the D1 write and hands the KV counter update to executionCtx.waitUntil with an error log
import { Hono } from "hono";

type Bindings = { DB: D1Database; COUNTERS: KVNamespace };

const app = new Hono<{ Bindings: Bindings }>();

async function bumpCounter(kv: KVNamespace, key: string): Promise<void> {
  const current = Number((await kv.get(key)) ?? "0");
  await kv.put(key, String(current + 1));
}

app.post("/links", async (c) => {
  const { url } = await c.req.json<{ url: string }>();
  const slug = crypto.randomUUID().slice(0, 8);
  await c.env.DB.prepare("INSERT INTO links (slug, url, created_at) VALUES (?1, ?2, ?3)")
    .bind(slug, url, Date.now())
    .run();
  return c.json({ slug }, 201);
});

app.get("/:slug", async (c) => {
  const slug = c.req.param("slug");
  const row = await c.env.DB.prepare("SELECT url FROM links WHERE slug = ?1").bind(slug).first<{ url: string }>();
  if (!row) return c.notFound();
  c.executionCtx.waitUntil(
    bumpCounter(c.env.COUNTERS, `hits:${slug}`).catch((err) => {
      console.error("hit counter update failed", { slug, error: String(err), stack: err?.stack });
    }),
  );
  return c.redirect(row.url, 302);
});

export default app;
