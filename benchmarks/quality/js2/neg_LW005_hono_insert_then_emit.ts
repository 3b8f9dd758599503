// negative LW005: the fixed Hono route inserts the invoice (awaited) before emitting; listeners only react
import { EventEmitter } from "node:events";
import { Hono } from "hono";
import { db } from "./db";
import { invoices } from "./schema";

const bus = new EventEmitter();
bus.on("invoice.issued", (invoice: { id: string }) => console.info("issued", invoice.id));

const app = new Hono();

app.post("/invoices", async (c) => {
  const body = await c.req.json();
  const invoice = { id: crypto.randomUUID(), customer: body.customer, total: body.total };
  await db.insert(invoices).values(invoice);
  bus.emit("invoice.issued", invoice);
  return c.json({ id: invoice.id }, 201);
});

export default app;
