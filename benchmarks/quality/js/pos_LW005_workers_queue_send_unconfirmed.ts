// positive LW005: Worker puts the write on a queue without awaiting the send and answers 201 { ok: true }
interface Env {
  WRITES: Queue<{ table: string; row: Record<string, unknown> }>;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const review = (await request.json()) as { productId: string; stars: number; text: string };
    const id = crypto.randomUUID();
    env.WRITES.send({ table: "reviews", row: { id, ...review } });
    return new Response(JSON.stringify({ ok: true, id }), {
      status: 201,
      headers: { "content-type": "application/json" },
    });
  },
};
