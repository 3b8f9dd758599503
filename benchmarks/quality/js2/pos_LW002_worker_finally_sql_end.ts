// positive LW002: a Worker fetch handler floats trackHit(sql, ...) and its finally block ends the postgres.js client before it runs
import postgres from "postgres";

export interface Env {
  DATABASE_URL: string;
}

async function trackHit(sql: postgres.Sql, path: string): Promise<void> {
  await sql`INSERT INTO hits (path) VALUES (${path}) ON CONFLICT (path) DO UPDATE SET n = hits.n + 1`;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const sql = postgres(env.DATABASE_URL);
    try {
      const path = new URL(request.url).pathname;
      const [page] = await sql`SELECT html FROM pages WHERE path = ${path}`;
      trackHit(sql, path).catch((e) => console.log("hit lost", e));
      return new Response(page?.html ?? "not found", { status: page ? 200 : 404 });
    } finally {
      await sql.end();
    }
  },
};
