// negative LW005: the order insert is awaited before the 201; the event only notifies listeners that react
import { EventEmitter } from "node:events";
import { Hono } from "hono";
import { db } from "./db";
import { orders } from "./schema";
import { sendConfirmationEmail } from "./mail";

const bus = new EventEmitter();
bus.on("order.created", (order: { id: string; email: string }) => {
  sendConfirmationEmail(order.email, order.id).catch((err) => console.error("confirmation email failed", err));
});

const app = new Hono();

app.post("/api/orders", async (c) => {
  const input = await c.req.json<{ sku: string; qty: number; email: string }>();
  const order = { id: crypto.randomUUID(), ...input };
  await db.insert(orders).values(order);
  bus.emit("order.created", order);
  return c.json({ id: order.id }, 201);
});

export default app;
