// negative LW001: a complete Hono-on-Workers app where every write is awaited, returned, or passed to waitUntil
import { Hono } from "hono";
import { cors } from "hono/cors";
import { drizzle } from "drizzle-orm/d1";
import { and, desc, eq, sql } from "drizzle-orm";
import { bookmarks, clicks, users } from "./schema";

type Bindings = { DB: D1Database; CACHE: KVNamespace; MEDIA: R2Bucket; EVENTS: Queue<{ kind: string; id: string }> };
type Variables = { userId: string };

const app = new Hono<{ Bindings: Bindings; Variables: Variables }>();
app.use("/api/*", cors());

app.use("/api/*", async (c, next) => {
  const token = c.req.header("authorization")?.replace(/^Bearer /, "");
  const userId = token ? await c.env.CACHE.get(`token:${token}`) : null;
  if (!userId) return c.json({ error: "unauthorized" }, 401);
  c.set("userId", userId);
  await next();
});

app.get("/api/bookmarks", async (c) => {
  const db = drizzle(c.env.DB);
  const rows = await db
    .select()
    .from(bookmarks)
    .where(eq(bookmarks.userId, c.get("userId")))
    .orderBy(desc(bookmarks.createdAt))
    .limit(50);
  return c.json(rows);
});

app.post("/api/bookmarks", async (c) => {
  const db = drizzle(c.env.DB);
  const { url, title } = await c.req.json<{ url: string; title: string }>();
  const [row] = await db.insert(bookmarks).values({ userId: c.get("userId"), url, title }).returning();
  await c.env.EVENTS.send({ kind: "bookmark.created", id: row.id });
  return c.json(row, 201);
});

app.get("/api/bookmarks/:id/open", async (c) => {
  const db = drizzle(c.env.DB);
  const id = c.req.param("id");
  const [row] = await db
    .select()
    .from(bookmarks)
    .where(and(eq(bookmarks.id, id), eq(bookmarks.userId, c.get("userId"))));
  if (!row) return c.notFound();
  c.executionCtx.waitUntil(db.insert(clicks).values({ bookmarkId: id, at: new Date() }).run());
  return c.redirect(row.url);
});

app.put("/api/me/avatar", async (c) => {
  const key = `avatars/${c.get("userId")}`;
  await c.env.MEDIA.put(key, await c.req.arrayBuffer());
  const db = drizzle(c.env.DB);
  await db.update(users).set({ avatarKey: key, updatedAt: sql`CURRENT_TIMESTAMP` }).where(eq(users.id, c.get("userId")));
  return c.json({ key });
});

app.delete("/api/bookmarks/:id", (c) => {
  const db = drizzle(c.env.DB);
  return db
    .delete(bookmarks)
    .where(and(eq(bookmarks.id, c.req.param("id")), eq(bookmarks.userId, c.get("userId"))))
    .run()
    .then(() => c.body(null, 204));
});

export default app;
