// positive LW002: middleware ends the node-postgres Client behind drizzle after next(); the handler's drizzle update is not awaited
import { Hono } from "hono";
import { Client } from "pg";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { eq, sql } from "drizzle-orm";
import { shortLinks } from "./schema";

type Env = { Variables: { db: NodePgDatabase } };
const app = new Hono<Env>();

app.use("*", async (c, next) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  c.set("db", drizzle(client));
  await next();
  await client.end();
});

app.get("/s/:code", async (c) => {
  const db = c.get("db");
  const [link] = await db.select().from(shortLinks).where(eq(shortLinks.code, c.req.param("code")));
  if (!link) return c.notFound();
  db.update(shortLinks)
    .set({ clicks: sql`${shortLinks.clicks} + 1` })
    .where(eq(shortLinks.id, link.id))
    .catch((err) => console.warn("click not counted", err));
  return c.redirect(link.target);
});

export default app;
