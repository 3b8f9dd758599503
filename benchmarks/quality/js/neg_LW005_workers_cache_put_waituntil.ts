// negative LW005: a GET proxy caches the origin response via ctx.waitUntil(cache.put(...)); losing a cache fill loses no data
export default {
  async fetch(request: Request, _env: unknown, ctx: ExecutionContext): Promise<Response> {
    if (request.method !== "GET") return fetch(request);
    const cache = caches.default;
    const hit = await cache.match(request);
    if (hit) return hit;

    const response = await fetch(request);
    if (response.ok) {
      ctx.waitUntil(cache.put(request, response.clone()));
    }
    return response;
  },
};
