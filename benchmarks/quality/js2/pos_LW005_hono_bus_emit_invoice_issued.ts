// positive LW005: a Hono route emits "invoice.issued" on an EventEmitter whose listener inserts it, then answers 201 with the id
import { EventEmitter } from "node:events";
import { Hono } from "hono";
import { db } from "./db";
import { invoices } from "./schema";

const bus = new EventEmitter();

bus.on("invoice.issued", async (invoice: { id: string; customer: string; total: number }) => {
  await db.insert(invoices).values(invoice);
});

const app = new Hono();

app.get("/invoices/:id", async (c) => {
  const row = await db.query.invoices.findFirst({ where: (t, { eq }) => eq(t.id, c.req.param("id")) });
  return row ? c.json(row) : c.notFound();
});

app.post("/invoices", async (c) => {
  const body = await c.req.json();
  const invoice = { id: crypto.randomUUID(), customer: body.customer, total: body.total };
  bus.emit("invoice.issued", invoice);
  return c.json({ id: invoice.id }, 201);
});

export default app;
