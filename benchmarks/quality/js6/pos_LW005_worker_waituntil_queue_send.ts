// positive LW005: Worker answers 201 "created" for an order whose only persistence is a Queue send deferred into waitUntil; the consumer stores it later
export interface Env {
  ORDERS: Queue<OrderMessage>;
  DB: D1Database;
}

interface OrderMessage {
  id: string;
  customerId: string;
  items: { sku: string; qty: number }[];
  createdAt: number;
}

function validate(body: unknown): OrderMessage | null {
  const b = body as Partial<OrderMessage>;
  if (!b?.customerId || !Array.isArray(b.items) || b.items.length === 0) return null;
  return { id: crypto.randomUUID(), customerId: b.customerId, items: b.items, createdAt: Date.now() };
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/orders") {
      const order = validate(await request.json());
      if (!order) return Response.json({ error: "invalid order" }, { status: 400 });
      ctx.waitUntil(env.ORDERS.send(order));
      return Response.json({ id: order.id, status: "created" }, { status: 201 });
    }
    if (request.method === "GET" && url.pathname.startsWith("/orders/")) {
      const row = await env.DB.prepare("SELECT * FROM orders WHERE id = ?1").bind(url.pathname.slice(8)).first();
      return row ? Response.json(row) : new Response("not found", { status: 404 });
    }
    return new Response("not found", { status: 404 });
  },

  async queue(batch: MessageBatch<OrderMessage>, env: Env): Promise<void> {
    for (const msg of batch.messages) {
      const o = msg.body;
      await env.DB.prepare("INSERT INTO orders (id, customer_id, items, created_at) VALUES (?1, ?2, ?3, ?4)")
        .bind(o.id, o.customerId, JSON.stringify(o.items), o.createdAt)
        .run();
      msg.ack();
    }
  },
} satisfies ExportedHandler<Env, OrderMessage>;
