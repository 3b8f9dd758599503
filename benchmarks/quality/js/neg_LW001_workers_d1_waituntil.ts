// negative LW001: plain Worker hands the D1 insert to ctx.waitUntil so the runtime keeps it alive
export interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const target = url.searchParams.get("to");
    if (!target) return new Response("missing target", { status: 400 });

    ctx.waitUntil(
      env.DB.prepare("INSERT INTO redirects (target, referrer, at) VALUES (?1, ?2, ?3)")
        .bind(target, request.headers.get("referer"), Date.now())
        .run(),
    );

    return Response.redirect(target, 302);
  },
} satisfies ExportedHandler<Env>;
