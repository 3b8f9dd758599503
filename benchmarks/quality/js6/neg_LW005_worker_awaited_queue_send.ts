// negative LW005: Worker awaits the Queue send (the broker's confirmation) before answering 202 Accepted with a status URL; the consumer stores the order with retries
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

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/orders") {
      const body = (await request.json()) as Partial<OrderMessage>;
      if (!body.customerId || !body.items?.length) return Response.json({ error: "invalid order" }, { status: 400 });
      const order: OrderMessage = { id: crypto.randomUUID(), customerId: body.customerId, items: body.items, createdAt: Date.now() };
      await env.ORDERS.send(order);
      return Response.json(
        { id: order.id, status: "queued", statusUrl: `/orders/${order.id}` },
        { status: 202, headers: { location: `/orders/${order.id}` } },
      );
    }
    if (request.method === "GET" && url.pathname.startsWith("/orders/")) {
      const row = await env.DB.prepare("SELECT * FROM orders WHERE id = ?1").bind(url.pathname.slice(8)).first();
      return row ? Response.json(row) : Response.json({ status: "queued" }, { status: 202 });
    }
    return new Response("not found", { status: 404 });
  },

  async queue(batch: MessageBatch<OrderMessage>, env: Env): Promise<void> {
    for (const msg of batch.messages) {
      try {
        const o = msg.body;
        await env.DB.prepare("INSERT OR IGNORE INTO orders (id, customer_id, items, created_at) VALUES (?1, ?2, ?3, ?4)")
          .bind(o.id, o.customerId, JSON.stringify(o.items), o.createdAt)
          .run();
        msg.ack();
      } catch (err) {
        console.error("order insert failed", msg.body.id, err);
        msg.retry({ delaySeconds: 30 });
      }
    }
  },
} satisfies ExportedHandler<Env, OrderMessage>;
