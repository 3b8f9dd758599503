// negative LW002: the Worker closes the client only in a finally() chained after the write, all inside ctx.waitUntil
import postgres from "postgres";

interface Env {
  DATABASE_URL: string;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const sql = postgres(env.DATABASE_URL);
    const slug = new URL(request.url).pathname.slice(1);
    const [page] = await sql`SELECT html FROM pages WHERE slug = ${slug}`;
    if (!page) {
      ctx.waitUntil(sql.end());
      return new Response("not found", { status: 404 });
    }
    ctx.waitUntil(
      sql`UPDATE pages SET hits = hits + 1 WHERE slug = ${slug}`
        .catch((err) => console.error("hit counter failed", err))
        .finally(() => sql.end()),
    );
    return new Response(page.html, { headers: { "content-type": "text/html" } });
  },
};
