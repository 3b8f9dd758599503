// negative LW045: after the D1 insert the handler adds a `url` to the response object only; it is not a stored field and nothing is async
import { Hono } from "hono";

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

app.post("/links", async (c) => {
  const { target } = await c.req.json<{ target: string }>();
  const slug = crypto.randomUUID().slice(0, 8);
  await c.env.DB.prepare("INSERT INTO links (slug, target) VALUES (?1, ?2)").bind(slug, target).run();
  const link = { slug, target };
  return c.json({ ...link, url: new URL(`/l/${slug}`, c.req.url).toString() }, 201);
});

export default app;
