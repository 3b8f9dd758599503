// negative LW005: the Worker awaits the queue send (confirmed enqueue) and answers 202 queued, not "saved"
interface Env {
  WRITES: Queue<{ table: string; row: Record<string, unknown> }>;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const review = (await request.json()) as { productId: string; stars: number; text: string };
    const id = crypto.randomUUID();
    await env.WRITES.send({ table: "reviews", row: { id, ...review } });
    return Response.json({ id, status: "queued" }, { status: 202 });
  },
};
