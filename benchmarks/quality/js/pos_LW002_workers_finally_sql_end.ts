// positive LW002: Worker closes its postgres.js client in finally while the hit counter UPDATE started in try is still pending
import postgres from "postgres";

interface Env {
  HYPERDRIVE: Hyperdrive;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const sql = postgres(env.HYPERDRIVE.connectionString);
    try {
      const slug = new URL(request.url).pathname.slice(1);
      const [page] = await sql`SELECT html FROM pages WHERE slug = ${slug}`;
      if (!page) return new Response("not found", { status: 404 });

      sql`UPDATE pages SET hits = hits + 1 WHERE slug = ${slug}`.execute();

      return new Response(page.html, { headers: { "content-type": "text/html" } });
    } finally {
      await sql.end();
    }
  },
};
