// positive LW005: the handler emits an event whose listener inserts the order, and returns 201 right away
import { EventEmitter } from "node:events";
import { Hono } from "hono";
import { db } from "./db";
import { orders } from "./schema";

const bus = new EventEmitter();

bus.on("order.created", async (order: { id: string; sku: string; qty: number }) => {
  await db.insert(orders).values(order);
});

const app = new Hono();

app.post("/api/orders", async (c) => {
  const input = await c.req.json<{ sku: string; qty: number }>();
  const order = { id: crypto.randomUUID(), ...input };
  bus.emit("order.created", order);
  return c.json({ id: order.id }, 201);
});

export default app;
