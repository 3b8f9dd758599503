// positive LW001: plain Worker fetch() fires a D1 prepare().bind().run() insert and returns without await or ctx.waitUntil
export interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== "/r") return new Response("not found", { status: 404 });

    const target = url.searchParams.get("to");
    if (!target) return new Response("missing target", { status: 400 });

    env.DB.prepare("INSERT INTO redirects (target, referrer, at) VALUES (?1, ?2, ?3)")
      .bind(target, request.headers.get("referer"), Date.now())
      .run();

    return Response.redirect(target, 302);
  },
} satisfies ExportedHandler<Env>;
