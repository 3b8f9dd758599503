// negative LW001: the drizzle insert on D1 is awaited before the Hono handler answers
import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { pageViews, articles } from "./schema";

type Bindings = { DB: D1Database };
const app = new Hono<{ Bindings: Bindings }>();

app.get("/articles/:slug", async (c) => {
  const db = drizzle(c.env.DB);
  const [article] = await db.select().from(articles).where(eq(articles.slug, c.req.param("slug")));
  if (!article) return c.notFound();

  await db.insert(pageViews).values({ articleId: article.id, viewedAt: new Date() });

  return c.json(article);
});

export default app;
