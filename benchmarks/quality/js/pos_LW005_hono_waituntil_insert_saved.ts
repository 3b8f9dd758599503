// positive LW005: Hono handler defers the order insert with waitUntil and answers 201 { saved: true } before it is durable
import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { orders } from "./schema";

type Env = { Bindings: { DB: D1Database } };
const app = new Hono<Env>();

app.post("/api/orders", async (c) => {
  const body = await c.req.json<{ sku: string; qty: number; email: string }>();
  const order = { id: crypto.randomUUID(), ...body, createdAt: new Date() };
  const db = drizzle(c.env.DB);

  c.executionCtx.waitUntil(db.insert(orders).values(order).run());

  return c.json({ id: order.id, saved: true }, 201);
});

export default app;
