// negative LW002: the Worker passes the hit write to waitUntil and ends the client only after that write settles
import postgres from "postgres";

export interface Env {
  DATABASE_URL: string;
}

async function trackHit(sql: postgres.Sql, path: string): Promise<void> {
  await sql`INSERT INTO hits (path) VALUES (${path}) ON CONFLICT (path) DO UPDATE SET n = hits.n + 1`;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const sql = postgres(env.DATABASE_URL);
    const path = new URL(request.url).pathname;
    const [page] = await sql`SELECT html FROM pages WHERE path = ${path}`;
    ctx.waitUntil(
      trackHit(sql, path)
        .catch((e) => console.error("hit lost", { path, error: String(e) }))
        .finally(() => sql.end()),
    );
    return new Response(page?.html ?? "not found", { status: page ? 200 : 404 });
  },
};
