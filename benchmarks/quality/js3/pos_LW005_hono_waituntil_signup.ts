// Positive LW005: Hono signup route returns 201 while the account insert is handed to executionCtx.waitUntil.
import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { accounts } from "./schema";

type Bindings = { DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>();

app.post("/signup", async (c) => {
  const { email, name } = await c.req.json<{ email: string; name: string }>();
  const db = drizzle(c.env.DB);
  const id = crypto.randomUUID();
  c.executionCtx.waitUntil(db.insert(accounts).values({ id, email, name, createdAt: Date.now() }).run());
  return c.json({ id, email }, 201);
});

export default app;
