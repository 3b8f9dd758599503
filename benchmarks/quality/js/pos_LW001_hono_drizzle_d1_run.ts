// positive LW001: drizzle insert on D1 started with .run() in a Hono handler, never awaited nor passed to waitUntil
import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { pageViews, articles } from "./schema";
import { eq } from "drizzle-orm";

type Bindings = { DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>();

app.get("/articles/:slug", async (c) => {
  const db = drizzle(c.env.DB);
  const slug = c.req.param("slug");
  const [article] = await db.select().from(articles).where(eq(articles.slug, slug));
  if (!article) return c.notFound();

  db.insert(pageViews)
    .values({ articleId: article.id, viewedAt: new Date(), country: c.req.header("cf-ipcountry") ?? "XX" })
    .run();

  return c.json(article);
});

export default app;
