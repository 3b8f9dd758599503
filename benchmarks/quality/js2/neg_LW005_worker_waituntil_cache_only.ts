// negative LW005: the Worker awaits the D1 insert; waitUntil only warms the edge cache with the rendered response
export interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    const { email } = (await request.json()) as { email: string };
    const id = crypto.randomUUID();
    await env.DB.prepare("INSERT INTO signups (id, email) VALUES (?1, ?2)").bind(id, email).run();
    const response = Response.json({ id }, { status: 201 });
    const cacheKey = new Request(new URL(`/signups/${id}`, request.url).toString());
    ctx.waitUntil(caches.default.put(cacheKey, Response.json({ id, email })));
    return response;
  },
};
